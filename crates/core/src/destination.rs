//! Where the desktop app may write a file the analyst chose in a save dialog (a report, a backup):
//! the path the dialog gave must be absolute with no `..` in it, end in an extension the content
//! has, name a file (not a folder or a link) in a folder that exists, and lie outside Marsad's own
//! data folder, which holds the workspace, its logs and its upgrade backups. The command line is
//! not held to this: there the analyst types the path.

use std::path::{Component, Path, PathBuf};

use crate::{Error, Result};

/// `path` when the app may write it, else why not.
pub fn checked(path: &Path, extensions: &[&str], data_dir: &Path) -> Result<PathBuf> {
    let shown = path.display();
    if !path.is_absolute() || path.components().any(|c| matches!(c, Component::ParentDir)) {
        return Err(Error::invalid(format!(
            "{shown}: choose where to save in the dialog (the path must be absolute, without ..)"
        )));
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if !extensions.contains(&extension.as_str()) {
        return Err(Error::invalid(format!(
            "{shown}: the file name must end in .{}",
            extensions.join(" or .")
        )));
    }
    let folder = path
        .parent()
        .filter(|p| p.is_dir())
        .ok_or_else(|| Error::invalid(format!("{shown}: the folder does not exist")))?;
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        if !meta.is_file() {
            return Err(Error::invalid(format!(
                "{shown}: is a folder or a link, not a file Marsad may replace"
            )));
        }
    }
    let inside = |dir: &Path| {
        let (Ok(folder), Ok(dir)) = (folder.canonicalize(), dir.canonicalize()) else {
            return false;
        };
        folder.starts_with(dir)
    };
    if inside(data_dir) {
        return Err(Error::invalid(format!(
            "{shown}: is inside Marsad's data folder ({}); save it somewhere else",
            data_dir.display()
        )));
    }
    Ok(path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_chosen_file_outside_the_data_folder_with_the_right_extension() {
        let root = tempfile::tempdir().expect("temp");
        let data = root.path().join("data");
        let out = root.path().join("out");
        std::fs::create_dir_all(data.join("logs")).expect("mkdir");
        std::fs::create_dir_all(out.join("folder.pdf")).expect("mkdir");
        let ok = out.join("brief.pdf");
        assert_eq!(checked(&ok, &["pdf"], &data).ok(), Some(ok.clone()));
        assert!(checked(&out.join("BRIEF.PDF"), &["pdf"], &data).is_ok());
        let refused = |p: PathBuf, why: &str| {
            let e = checked(&p, &["pdf"], &data).expect_err("refused");
            assert!(e.message.contains(why), "{p:?}: {}", e.message);
        };
        refused(PathBuf::from("brief.pdf"), "absolute");
        refused(out.join("../data/brief.pdf"), "without ..");
        refused(out.join("brief.sqlite"), "must end in .pdf");
        refused(out.join("brief"), "must end in .pdf");
        refused(out.join("missing/brief.pdf"), "does not exist");
        refused(out.join("folder.pdf"), "is a folder or a link");
        refused(data.join("brief.pdf"), "inside Marsad's data folder");
        refused(data.join("logs/brief.pdf"), "inside Marsad's data folder");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(data.join("marsad.sqlite"), out.join("link.pdf"))
                .expect("link");
            refused(out.join("link.pdf"), "is a folder or a link");
        }
    }
}
