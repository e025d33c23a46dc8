//! Posters as the back office takes them: an upload is checked by its content (JPEG, PNG or WebP,
//! whatever its name says), decoded within limits, scaled down to fit the size pages show and
//! stored as one JPEG, so every poster is served the same way and a huge upload costs its
//! visitors nothing.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, ImageReader, Limits};

use crate::i18n::Msg;

/// The largest upload taken.
pub const MOST_BYTES: usize = 5 * 1024 * 1024;
/// Stored posters fit in this box (a 2:3 poster at twice the size pages draw it).
pub const WIDTH: u32 = 600;
pub const HEIGHT: u32 = 900;
/// An image with more pixels than this is refused before it is decoded.
const MOST_PIXELS_SIDE: u32 = 12_000;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PosterError {
    #[error("The poster is larger than 5 MB: save it smaller and upload it again.")]
    TooLarge,
    #[error("Choose an image file to upload.")]
    Empty,
    #[error("That file is not a JPEG, PNG or WebP image (whatever its name says).")]
    NotAnImage,
    #[error("The image could not be read: {0}")]
    Unreadable(String),
}

impl PosterError {
    /// The refusal in the admin's language (the decoder's own cause stays in its words).
    pub fn msg(&self) -> Msg {
        match self {
            PosterError::TooLarge => Msg::new("admin-poster-too-large"),
            PosterError::Empty => Msg::new("admin-poster-empty"),
            PosterError::NotAnImage => Msg::new("admin-poster-not-an-image"),
            PosterError::Unreadable(why) => Msg::new("admin-poster-unreadable").arg("why", why),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Poster {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// The poster to store from an upload's bytes.
pub fn prepare(bytes: &[u8]) -> Result<Poster, PosterError> {
    if bytes.is_empty() {
        return Err(PosterError::Empty);
    }
    if bytes.len() > MOST_BYTES {
        return Err(PosterError::TooLarge);
    }
    let format = image::guess_format(bytes).map_err(|_| PosterError::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(PosterError::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MOST_PIXELS_SIDE);
    limits.max_image_height = Some(MOST_PIXELS_SIDE);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let image = reader
        .decode()
        .map_err(|e| PosterError::Unreadable(e.to_string()))?;
    let image = if image.width() > WIDTH || image.height() > HEIGHT {
        image.resize(WIDTH, HEIGHT, image::imageops::FilterType::Lanczos3)
    } else {
        image
    };
    let rgb = on_white(image);
    let mut jpeg = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85);
    rgb.write_with_encoder(encoder)
        .map_err(|e| PosterError::Unreadable(e.to_string()))?;
    Ok(Poster {
        width: rgb.width(),
        height: rgb.height(),
        jpeg,
    })
}

/// JPEG has no transparency: a transparent poster is shown on white, as pages would show it.
fn on_white(image: DynamicImage) -> image::RgbImage {
    if !image.color().has_alpha() {
        return image.to_rgb8();
    }
    let rgba = image.to_rgba8();
    let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
    for (out, px) in rgb.pixels_mut().zip(rgba.pixels()) {
        let alpha = u32::from(px[3]);
        for c in 0..3 {
            out[c] = ((u32::from(px[c]) * alpha + 255 * (255 - alpha)) / 255) as u8;
        }
    }
    rgb
}

/// A placeholder's hue for a title: the same title always gets the same colour.
pub fn hue(title: &str) -> u32 {
    title
        .bytes()
        .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % 360
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbaImage::from_pixel(width, height, image::Rgba([200, 30, 30, 128]));
        let mut out = Vec::new();
        DynamicImage::ImageRgba8(image)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn a_large_image_is_scaled_to_fit_and_stored_as_jpeg() {
        let poster = prepare(&png(1200, 2400)).unwrap();
        assert_eq!((poster.width, poster.height), (450, 900));
        assert_eq!(
            image::guess_format(&poster.jpeg).unwrap(),
            ImageFormat::Jpeg
        );
        let small = prepare(&png(300, 450)).unwrap();
        assert_eq!((small.width, small.height), (300, 450));
    }

    #[test]
    fn content_decides_not_the_name() {
        assert_eq!(prepare(b"GIF89a....").unwrap_err(), PosterError::NotAnImage);
        assert_eq!(
            prepare(b"%PDF-1.7 hello").unwrap_err(),
            PosterError::NotAnImage
        );
        assert_eq!(prepare(b"").unwrap_err(), PosterError::Empty);
        assert_eq!(
            prepare(&vec![0u8; MOST_BYTES + 1]).unwrap_err(),
            PosterError::TooLarge
        );
        // A PNG header over garbage is found out when decoded.
        let mut broken = png(10, 10);
        broken.truncate(40);
        assert!(matches!(prepare(&broken), Err(PosterError::Unreadable(_))));
    }

    #[test]
    fn a_title_always_gets_the_same_hue() {
        assert_eq!(hue("Paper Dragons"), hue("Paper Dragons"));
        assert!(hue("Paper Dragons") < 360);
    }
}
