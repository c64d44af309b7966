//! Entity-level evaluation in the style of conlleval: a predicted entity counts only when its
//! type and exact span match a gold entity.

use std::collections::{BTreeMap, HashSet};

/// Counts for one entity type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted entities that match a gold entity exactly.
    pub tp: usize,
    /// Predicted entities with no exact gold match.
    pub fp: usize,
    /// Gold entities with no exact predicted match.
    pub fn_: usize,
}

fn prf(c: Counts) -> (f64, f64, f64) {
    let p = if c.tp + c.fp == 0 {
        0.0
    } else {
        c.tp as f64 / (c.tp + c.fp) as f64
    };
    let r = if c.tp + c.fn_ == 0 {
        0.0
    } else {
        c.tp as f64 / (c.tp + c.fn_) as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Counts {
    /// Precision, between 0 and 1.
    pub fn precision(&self) -> f64 {
        prf(*self).0
    }
    /// Recall, between 0 and 1.
    pub fn recall(&self) -> f64 {
        prf(*self).1
    }
    /// F1, between 0 and 1.
    pub fn f1(&self) -> f64 {
        prf(*self).2
    }
}

/// Per-type entity counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scores {
    /// Entity type (`PERS`, `ORG`, …) → counts.
    pub by_type: BTreeMap<String, Counts>,
}

impl Scores {
    /// Counts for one type (zero when the type never occurred).
    pub fn counts(&self, ty: &str) -> Counts {
        self.by_type.get(ty).copied().unwrap_or_default()
    }

    /// Micro-averaged counts over the given types.
    pub fn micro(&self, types: &[&str]) -> Counts {
        types.iter().fold(Counts::default(), |acc, t| {
            let c = self.counts(t);
            Counts {
                tp: acc.tp + c.tp,
                fp: acc.fp + c.fp,
                fn_: acc.fn_ + c.fn_,
            }
        })
    }

    /// Micro F1 over PERS, ORG and LOC: the project's headline number.
    pub fn micro_f1_pers_org_loc(&self) -> f64 {
        self.micro(&["PERS", "ORG", "LOC"]).f1()
    }

    /// A small plain-text report: one line per type plus the PERS/ORG/LOC micro average.
    pub fn report(&self) -> String {
        let mut out = String::new();
        let line = |name: &str, c: Counts| {
            format!(
                "{name:<14} P {:6.2}  R {:6.2}  F1 {:6.2}  (tp {} fp {} fn {})\n",
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.tp,
                c.fp,
                c.fn_
            )
        };
        for (ty, c) in &self.by_type {
            out.push_str(&line(ty, *c));
        }
        out.push_str(&line("micro P/O/L", self.micro(&["PERS", "ORG", "LOC"])));
        let all: Vec<&str> = self.by_type.keys().map(String::as_str).collect();
        out.push_str(&line("micro all", self.micro(&all)));
        out
    }
}

/// Entity spans `(start, end_exclusive, type)` of an IOB/IOB2 tag sequence, conlleval style:
/// an `I-X` that does not continue an `X` entity starts a new one.
pub fn spans<S: AsRef<str>>(tags: &[S]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let tag = tag.as_ref();
        let (prefix, ty) = match tag.split_once('-') {
            Some((p, t)) => (p, t),
            None => ("O", ""),
        };
        let continues = prefix == "I" && cur.as_ref().is_some_and(|(_, t)| t == ty);
        if continues {
            continue;
        }
        if let Some((start, t)) = cur.take() {
            out.push((start, i, t));
        }
        if prefix == "B" || prefix == "I" {
            cur = Some((i, ty.to_string()));
        }
    }
    if let Some((start, t)) = cur {
        out.push((start, tags.len(), t));
    }
    out
}

/// Compare predicted tag sequences with gold ones, sentence by sentence.
pub fn evaluate<G: AsRef<str>, P: AsRef<str>>(gold: &[Vec<G>], pred: &[Vec<P>]) -> Scores {
    let mut scores = Scores::default();
    for (g, p) in gold.iter().zip(pred.iter()) {
        let gs: HashSet<(usize, usize, String)> = spans(g).into_iter().collect();
        let ps: HashSet<(usize, usize, String)> = spans(p).into_iter().collect();
        for s in &ps {
            let c = scores.by_type.entry(s.2.clone()).or_default();
            if gs.contains(s) {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
        }
        for s in &gs {
            if !ps.contains(s) {
                scores.by_type.entry(s.2.clone()).or_default().fn_ += 1;
            }
        }
    }
    scores
}
