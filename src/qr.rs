//! QR codes for tickets, as inline SVG.

use qrcode::QrCode;
use qrcode::render::svg;

/// An SVG drawing of `text` as a QR code; `None` only if the text is too long for a QR code.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // Drop the XML declaration so the drawing can sit inside HTML.
    Some(
        image
            .split_once("?>")
            .map_or(image.clone(), |(_, rest)| rest.trim_start().to_owned()),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn renders_an_svg_element() {
        let svg = super::svg("ABCD2345").unwrap();
        assert!(svg.starts_with("<svg"), "{svg:.60}");
        assert!(svg.contains("</svg>"));
    }
}
