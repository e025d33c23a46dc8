//! The hall form: a name and a layout written as text (see `domain::layout`), kept as typed for
//! the page and checked into what the store saves.

use serde::Deserialize;

use crate::db::halls::{HallEdit, HallRecord};
use crate::domain::kinds::Numbering;
use crate::domain::layout::{self, LayoutError};
use crate::i18n::{Lang, Msg};
use crate::routes::admin::fields::line;
use crate::views::FieldErrors;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct HallForm {
    pub name: String,
    pub layout: String,
    pub numbering: String,
    pub version: String,
    /// A checkbox: present ("on") when future unsold showings should take a changed layout.
    pub move_unsold: Option<String>,
}

impl HallForm {
    pub fn of(hall: &HallRecord) -> HallForm {
        HallForm {
            name: hall.name.clone(),
            layout: hall.text.clone(),
            numbering: hall.layout.numbering.as_str().to_owned(),
            version: hall.version.to_string(),
            move_unsold: Some("on".into()),
        }
    }

    /// A new hall's form: a small plan to start from.
    pub fn blank() -> HallForm {
        HallForm {
            layout: "SSSSSSSS\nSSSSSSSS\nSSSSSSSS".into(),
            numbering: Numbering::LeftToRight.as_str().into(),
            move_unsold: Some("on".into()),
            ..HallForm::default()
        }
    }

    pub fn version(&self) -> Option<i32> {
        self.version.trim().parse().ok()
    }

    pub fn moves_unsold(&self) -> bool {
        self.move_unsold.is_some()
    }

    pub fn right_to_left(&self) -> bool {
        self.numbering == Numbering::RightToLeft.as_str()
    }

    /// The hall to save, or the messages for the fields (and the layout's own mistakes, each with
    /// its place, for the preview beside the field); the layout's summary is said in `lang`.
    pub fn check(&self, lang: Lang) -> Result<HallEdit, (FieldErrors, Vec<LayoutError>)> {
        let mut errors = FieldErrors::default();
        let name = line(&self.name, 100, true)
            .map_err(|e| errors.add("name", e))
            .ok();
        let numbering = numbering(&self.numbering)
            .map_err(|e| errors.add("numbering", e))
            .ok();
        let parsed = layout::parse(&self.layout, numbering.unwrap_or(Numbering::LeftToRight));
        let mut mistakes = Vec::new();
        let plan = match parsed {
            Ok(plan) => Some(plan),
            Err(found) => {
                errors.add("layout", summary(&found, lang));
                mistakes = found;
                None
            }
        };
        match (name, numbering, plan) {
            (Some(name), Some(numbering), Some(layout)) if errors.is_empty() => Ok(HallEdit {
                name,
                layout,
                numbering,
                move_unsold: self.moves_unsold(),
            }),
            _ => Err((errors, mistakes)),
        }
    }
}

pub fn numbering(value: &str) -> Result<Numbering, Msg> {
    value
        .trim()
        .parse()
        .map_err(|_| Msg::new("admin-hall-numbering-choose"))
}

/// The message beside the layout field: the first mistake, and how many more the preview lists.
pub fn summary(errors: &[LayoutError], lang: Lang) -> String {
    match errors {
        [] => String::new(),
        [one] => one.say(lang),
        [first, rest @ ..] => lang.t2(
            "admin-layout-more",
            "first",
            first.say(lang),
            "count",
            rest.len(),
        ),
    }
}
