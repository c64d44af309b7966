//! Statistical Arabic named-entity tagger for Marsad.
//!
//! A linear-chain CRF ([`crfs`], a pure-Rust port of CRFsuite) over lexical, affix, window,
//! trigger-word and gazetteer features (see [`features`]). The model is trained on ANERcorp
//! (Benajiba, Rosso and Benedí 2007; free for research use) by the `train_ner` binary (see the
//! crate README) and compiled into the library, so tagging does no file or network I/O.
//!
//! Tags are IOB2 strings over `PERS`, `ORG`, `LOC` and `MISC` (`B-PERS`, `I-PERS`, …, `O`).

mod conll;
mod eval;
mod features;
mod normalize;
mod stats;

use std::sync::OnceLock;

pub use conll::{read_conll, write_conll, Sentence};
pub use eval::{evaluate, spans, Counts, Scores};
pub use features::{features, sentence_features, sentence_features_with};
pub use normalize::{normalize, strip_clitics};
pub use stats::{word_key, WordStats};

/// One IOB2 tag, e.g. `"B-PERS"`, `"I-LOC"` or `"O"`.
pub type Tag = String;

/// The model shipped with the crate (trained on all of `shared/data/anercorp/train.txt`).
const BUILTIN_MODEL: &[u8] = include_bytes!("../model/anercorp.crfsuite");

/// A CRF named-entity tagger.
pub struct Tagger {
    model: crfs::Model<'static>,
    stats: &'static WordStats,
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tagger")
            .field("labels", &self.model.num_labels())
            .field("attributes", &self.model.num_attrs())
            .finish()
    }
}

impl Tagger {
    /// The built-in ANERcorp model, parsed once.
    ///
    /// # Panics
    /// Only if the model compiled into the crate is corrupt (a unit test guards against this).
    pub fn builtin() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            Tagger::from_parts(BUILTIN_MODEL, WordStats::builtin())
                .expect("the built-in NER model is a valid CRFsuite model")
        })
    }

    /// A tagger over a CRFsuite model and the corpus statistics it was trained with, both held
    /// in memory for the life of the program (as `train_ner` writes them).
    pub fn from_parts(model: &'static [u8], stats: &'static WordStats) -> std::io::Result<Tagger> {
        Ok(Tagger {
            model: crfs::Model::new(model)?,
            stats,
        })
    }

    /// Tag a tokenised sentence: one IOB2 tag per token. Never fails: an empty input gives an
    /// empty output, and if the model cannot tag (which a valid model never does) every token
    /// is `O`.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        if tokens.is_empty() {
            return Vec::new();
        }
        let xseq: Vec<Vec<crfs::Attribute>> = sentence_features_with(tokens, self.stats)
            .into_iter()
            .map(|fs| fs.into_iter().map(crfs::Attribute::from).collect())
            .collect();
        let tags: Vec<Tag> = match self.model.tagger().and_then(|t| {
            t.tag(&xseq)
                .map(|v| v.into_iter().map(str::to_string).collect())
        }) {
            Ok(tags) => tags,
            Err(_) => vec!["O".to_string(); tokens.len()],
        };
        repair_iob2(tags)
    }

    /// Tag a sentence of owned tokens.
    pub fn tag_strings<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<Tag> {
        let refs: Vec<&str> = tokens.iter().map(AsRef::as_ref).collect();
        self.tag(&refs)
    }

    /// Entity spans `(start, end_exclusive, type)` found in a tokenised sentence.
    pub fn entities(&self, tokens: &[&str]) -> Vec<(usize, usize, String)> {
        spans(&self.tag(tokens))
    }
}

/// Make a tag sequence valid IOB2: an `I-X` that does not continue an `X` entity becomes `B-X`.
pub fn repair_iob2(mut tags: Vec<Tag>) -> Vec<Tag> {
    let mut prev_type: Option<String> = None;
    for tag in tags.iter_mut() {
        let (prefix, ty) = match tag.split_once('-') {
            Some((p, t)) => (p.to_string(), t.to_string()),
            None => {
                prev_type = None;
                continue;
            }
        };
        if prefix == "I" && prev_type.as_deref() != Some(ty.as_str()) {
            *tag = format!("B-{ty}");
        }
        prev_type = Some(ty);
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_deterministic() {
        let toks = [
            "قال",
            "الرئيس",
            "اليمني",
            "عبد",
            "ربه",
            "منصور",
            "هادي",
            "في",
            "عدن",
        ];
        for i in 0..toks.len() {
            let a = features(&toks, i);
            let b = features(&toks, i);
            assert_eq!(a, b);
            assert!(a.contains(&"b".to_string()));
            assert_eq!(sentence_features(&toks)[i], a);
        }
        assert!(features(&toks, 99).is_empty());
        // Gazetteer and trigger features fire where expected.
        let f = features(&toks, 8);
        assert!(f.iter().any(|x| x == "t-1=LOC"), "{f:?}");
        let f = features(&toks, 3);
        assert!(f.iter().any(|x| x == "t-2=PER"), "{f:?}");
    }

    #[test]
    fn builtin_model_tags_a_news_sentence() {
        let toks = [
            "قال",
            "الرئيس",
            "اليمني",
            "عبد",
            "ربه",
            "منصور",
            "هادي",
            "في",
            "عدن",
        ];
        let tags = Tagger::builtin().tag(&toks);
        assert_eq!(tags.len(), toks.len());
        assert_eq!(tags[0], "O");
        assert_eq!(tags[1], "O");
        assert_eq!(tags[2], "O", "{tags:?}");
        assert_eq!(tags[3], "B-PERS", "{tags:?}");
        assert!(tags[4..7].iter().all(|t| t == "I-PERS"), "{tags:?}");
        assert_eq!(tags[7], "O");
        assert_eq!(tags[8], "B-LOC", "{tags:?}");
        assert!(Tagger::builtin().tag(&[]).is_empty());
    }

    #[test]
    fn conll_round_trip() {
        let text = "أعلن O\nاتحاد B-ORG\nصناعة I-ORG\n\nفي O\nألمانيا B-LOC\n";
        let sents = read_conll(text);
        assert_eq!(sents.len(), 2);
        assert_eq!(
            sents[0][1],
            ("اتحاد".to_string(), Some("B-ORG".to_string()))
        );
        assert_eq!(write_conll(&sents), format!("{text}\n"));
        assert_eq!(read_conll(&write_conll(&sents)), sents);

        let bare = read_conll("قال\nهادي\n\n\nعدن\n");
        assert_eq!(bare.len(), 2);
        assert_eq!(bare[0][1], ("هادي".to_string(), None));
        assert_eq!(write_conll(&bare), "قال\nهادي\n\nعدن\n\n");
    }

    #[test]
    fn evaluate_hand_example() {
        let gold = vec![
            vec!["B-PERS", "I-PERS", "O", "B-LOC"],
            vec!["B-ORG", "I-ORG", "O", "B-MISC"],
        ];
        let pred = vec![
            // PERS exact, LOC missed
            vec!["B-PERS", "I-PERS", "O", "O"],
            // ORG span too short (fp + fn), stray LOC (fp), MISC exact
            vec!["B-ORG", "O", "B-LOC", "B-MISC"],
        ];
        let s = evaluate(&gold, &pred);
        assert_eq!(
            s.counts("PERS"),
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            s.counts("LOC"),
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            s.counts("ORG"),
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            s.counts("MISC"),
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        let m = s.micro(&["PERS", "ORG", "LOC"]);
        assert_eq!(
            m,
            Counts {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert!((m.precision() - 1.0 / 3.0).abs() < 1e-12);
        assert!((m.recall() - 1.0 / 3.0).abs() < 1e-12);
        assert!((s.micro_f1_pers_org_loc() - 1.0 / 3.0).abs() < 1e-12);
        // conlleval: a stray I- starts an entity.
        assert_eq!(
            spans(&["O", "I-LOC", "I-LOC"]),
            vec![(1, 3, "LOC".to_string())]
        );
    }

    #[test]
    fn repairs_iob2() {
        let t = repair_iob2(vec![
            "O".into(),
            "I-LOC".into(),
            "I-LOC".into(),
            "I-ORG".into(),
        ]);
        assert_eq!(t, vec!["O", "B-LOC", "I-LOC", "B-ORG"]);
    }
}
