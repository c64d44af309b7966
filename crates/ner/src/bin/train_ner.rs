//! Train the Marsad NER model (a CRFsuite-format CRF) from a CoNLL file.
//!
//! ```text
//! cargo run --release -p marsad-ner --bin train_ner -- \
//!     ../shared/data/anercorp/train.txt crates/ner/model/anercorp.crfsuite [--dev-fraction 0.15]
//! ```
//!
//! With `--dev-fraction F` the last F of the sentences are held out: the model is trained on the
//! rest, scored on them (entity-level, conlleval style) and written to OUTPUT. Without it the
//! model is trained on every sentence (this is how the shipped model is made).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use crfs::train::Trainer;
use crfs::Attribute;
use marsad_ner::{
    evaluate, read_conll, sentence_features_with, write_conll, Sentence, Tagger, WordStats,
};

struct Options {
    train: PathBuf,
    output: PathBuf,
    dev_fraction: f64,
    c1: f64,
    c2: f64,
    max_iter: usize,
    min_freq: f64,
    batch: usize,
    folds: usize,
    no_train: bool,
    dev_at: Option<f64>,
    predictions: Option<PathBuf>,
}

const USAGE: &str = "usage: train_ner TRAIN.conll OUTPUT.crfsuite [--dev-fraction F] [--c1 X] \
[--c2 X] [--max-iter N] [--min-freq X] [--batch N] [--folds N] [--dev-at X] [--no-train] [--predictions FILE]";

fn parse_args() -> Result<Options, String> {
    let mut positional: Vec<String> = Vec::new();
    let mut o = Options {
        train: PathBuf::new(),
        output: PathBuf::new(),
        dev_fraction: 0.0,
        c1: 0.05,
        c2: 0.01,
        max_iter: 150,
        min_freq: 0.0,
        batch: 8,
        folds: 10,
        no_train: false,
        dev_at: None,
        predictions: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        let num = |name: &str, v: String| -> Result<f64, String> {
            v.parse::<f64>().map_err(|e| format!("{name}: {e}"))
        };
        match a.as_str() {
            "--dev-fraction" => o.dev_fraction = num(&a, value(&a)?)?,
            "--c1" => o.c1 = num(&a, value(&a)?)?,
            "--c2" => o.c2 = num(&a, value(&a)?)?,
            "--max-iter" => o.max_iter = num(&a, value(&a)?)? as usize,
            "--min-freq" => o.min_freq = num(&a, value(&a)?)?,
            "--batch" => o.batch = (num(&a, value(&a)?)? as usize).max(1),
            "--folds" => o.folds = (num(&a, value(&a)?)? as usize).max(2),
            "--no-train" => o.no_train = true,
            "--dev-at" => o.dev_at = Some(num(&a, value(&a)?)?),
            "--predictions" => o.predictions = Some(PathBuf::from(value(&a)?)),
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => positional.push(a),
        }
    }
    if positional.len() != 2 {
        return Err(USAGE.to_string());
    }
    if !(0.0..1.0).contains(&o.dev_fraction) {
        return Err("--dev-fraction must be in [0, 1)".to_string());
    }
    o.output = PathBuf::from(positional.pop().unwrap_or_default());
    o.train = PathBuf::from(positional.pop().unwrap_or_default());
    Ok(o)
}

fn tags_of(s: &Sentence) -> Vec<String> {
    s.iter()
        .map(|(_, t)| t.clone().unwrap_or_else(|| "O".to_string()))
        .collect()
}

fn tokens_of(s: &Sentence) -> Vec<&str> {
    s.iter().map(|(w, _)| w.as_str()).collect()
}

fn run(o: &Options) -> Result<(), Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(&o.train)?;
    let sentences = read_conll(&text);
    if sentences.is_empty() {
        return Err("no sentences in the training file".into());
    }
    let n_dev = ((sentences.len() as f64) * o.dev_fraction).round() as usize;
    // The dev block is the last `dev_fraction` of the file, or starts at `--dev-at` (a fraction).
    let dev_start = match o.dev_at {
        Some(at) => ((sentences.len() as f64 * at).round() as usize).min(sentences.len() - n_dev),
        None => sentences.len() - n_dev,
    };
    let dev: Vec<Sentence> = sentences[dev_start..dev_start + n_dev].to_vec();
    let train: Vec<Sentence> = sentences[..dev_start]
        .iter()
        .chain(&sentences[dev_start + n_dev..])
        .cloned()
        .collect();
    let (train, dev) = (&train[..], &dev[..]);
    println!(
        "{} sentences: training on {}, holding out the last {} for dev",
        sentences.len(),
        train.len(),
        dev.len()
    );

    let t0 = Instant::now();
    // Corpus statistics: each training sentence sees the statistics of the other folds
    // (contiguous blocks, so that a fold is mostly other news stories), the shipped model the
    // statistics of the whole training set.
    let fold_of = |i: usize| i * o.folds / train.len();
    let mut fold_stats: Vec<WordStats> = vec![WordStats::new(); o.folds];
    let mut total = WordStats::new();
    for (i, s) in train.iter().enumerate() {
        let toks = tokens_of(s);
        let tags = tags_of(s);
        fold_stats[fold_of(i)].add_sentence(&toks, &tags);
        total.add_sentence(&toks, &tags);
    }
    let jackknifed: Vec<WordStats> = fold_stats.iter().map(|f| total.minus(f)).collect();

    let mut trainer = Trainer::lbfgs();
    trainer.params_mut().set_c1(o.c1)?;
    trainer.params_mut().set_c2(o.c2)?;
    trainer.params_mut().set_max_iterations(o.max_iter)?;
    trainer.set_feature_minfreq(o.min_freq)?;
    trainer.verbose(true);
    // Sentences are grouped into longer training sequences: crfs' trainer does O(#features)
    // work per sequence, so this makes training several times faster. Sentences end with a
    // full stop tagged O, so the extra O→X transitions between them are ones the model sees
    // inside sentences anyway.
    let indexed: Vec<(usize, &Sentence)> = train.iter().enumerate().collect();
    for chunk in indexed.chunks(o.batch) {
        let mut xseq: Vec<Vec<Attribute>> = Vec::new();
        let mut yseq: Vec<String> = Vec::new();
        for (i, s) in chunk {
            let toks = tokens_of(s);
            for fs in sentence_features_with(&toks, &jackknifed[fold_of(*i)]) {
                xseq.push(fs.into_iter().map(Attribute::from).collect());
            }
            yseq.extend(tags_of(s));
        }
        trainer.append(&xseq, &yseq)?;
    }
    println!("features extracted in {:.1}s", t0.elapsed().as_secs_f64());
    if let Some(dir) = o.output.parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)?;
        }
    }
    if !o.no_train {
        trainer.train(&o.output)?;
    }
    let stats_path = o.output.with_extension("words.tsv");
    std::fs::write(&stats_path, total.to_tsv())?;
    let train_secs = t0.elapsed().as_secs_f64();
    let size = std::fs::metadata(&o.output)?.len();
    println!(
        "trained in {train_secs:.1}s; model {} ({:.1} MB), word statistics {} ({} words)",
        o.output.display(),
        size as f64 / 1e6,
        stats_path.display(),
        total.len()
    );

    if !dev.is_empty() {
        let bytes: &'static [u8] = Box::leak(std::fs::read(&o.output)?.into_boxed_slice());
        let stats: &'static WordStats = Box::leak(Box::new(total));
        let tagger = Tagger::from_parts(bytes, stats)?;
        let gold: Vec<Vec<String>> = dev.iter().map(tags_of).collect();
        let pred: Vec<Vec<String>> = dev.iter().map(|s| tagger.tag(&tokens_of(s))).collect();
        let scores = evaluate(&gold, &pred);
        println!("dev ({} sentences), entity level, exact match:", dev.len());
        print!("{}", scores.report());
        println!(
            "DEV micro F1 (PERS, ORG, LOC): {:.2}",
            100.0 * scores.micro_f1_pers_org_loc()
        );
        if let Some(path) = &o.predictions {
            // token GOLD PRED, like conlleval's input.
            let out: Vec<Sentence> = dev
                .iter()
                .zip(&pred)
                .map(|(s, p)| {
                    s.iter()
                        .zip(p)
                        .map(|((w, g), t)| {
                            (
                                format!("{w} {}", g.as_deref().unwrap_or("O")),
                                Some(t.clone()),
                            )
                        })
                        .collect()
                })
                .collect();
            std::fs::write(path, write_conll(&out))?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match run(&o) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_ner: {e}");
            ExitCode::FAILURE
        }
    }
}
