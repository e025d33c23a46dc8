//! Charts as inline SVG, drawn on the server: readable without JavaScript, scaled to the page by
//! their `viewBox`, and named for screen readers (`role="img"`, a `<title>` and a `<desc>` that
//! `aria-labelledby` points at). The numbers are always in a table beside the chart as well.

use std::fmt::Write;

/// Widths in the charts' own units: a bar chart sits in half a card on a desktop and in a phone's
/// width, so it is drawn narrow enough that its 14-unit text stays readable at either size.
const WIDTH: i64 = 640;
const BARS_WIDTH: i64 = 420;
const INK: &str = "#1f2933";
const BAR: &str = "#2563a8";
const GRID: &str = "#c9d1d9";

/// One bar: what it stands for, its value, and the value as the table prints it.
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub shown: String,
}

/// A chart's names: `id` makes its title's and description's ids unique on the page.
pub struct Named<'a> {
    pub id: &'a str,
    pub title: String,
    pub desc: String,
}

/// Horizontal bars, one per row, longest value scaled to the width; `axis` names the values.
pub fn bars(named: &Named<'_>, axis: &str, bars: &[Bar]) -> String {
    const LABEL: i64 = 150;
    const VALUE: i64 = 96;
    const ROW: i64 = 30;
    const TOP: i64 = 10;
    let plot = BARS_WIDTH - LABEL - VALUE;
    let height = TOP + ROW * bars.len().max(1) as i64 + 44;
    let most = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let mut svg = open(named, BARS_WIDTH, height);
    for (i, bar) in bars.iter().enumerate() {
        let y = TOP + ROW * i as i64;
        let length = (bar.value.max(0) * plot) / most;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="end" font-size="14" fill="{INK}">{}</text><rect x="{LABEL}" y="{}" width="{}" height="{}" fill="{BAR}"><title>{}: {}</title></rect><text x="{}" y="{}" font-size="13" fill="{INK}">{}</text>"#,
            LABEL - 8,
            y + 18,
            escape(&shorten(&bar.label, 16)),
            y + 5,
            length.max(1),
            ROW - 10,
            escape(&bar.label),
            escape(&bar.shown),
            LABEL + length + 6,
            y + 18,
            escape(&bar.shown),
        );
    }
    let axis_y = TOP + ROW * bars.len().max(1) as i64 + 4;
    let _ = write!(
        svg,
        r#"<line x1="{LABEL}" y1="{TOP}" x2="{LABEL}" y2="{axis_y}" stroke="{INK}"/><line x1="{LABEL}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="{INK}"/><text x="{}" y="{}" text-anchor="middle" font-size="14" fill="{INK}">{}</text>"#,
        LABEL + plot,
        LABEL + plot / 2,
        axis_y + 30,
        escape(axis)
    );
    svg.push_str("</svg>");
    svg
}

/// A line over the days (or any ordered points), with the lowest, middle and highest values marked
/// on the vertical axis and the first, middle and last points' labels under the horizontal one.
/// `tick` prints a value on the axis.
pub fn line(
    named: &Named<'_>,
    x_axis: &str,
    y_axis: &str,
    points: &[(String, i64)],
    tick: impl Fn(i64) -> String,
) -> String {
    const LEFT: i64 = 80;
    const RIGHT: i64 = 20;
    const TOP: i64 = 16;
    const PLOT_HEIGHT: i64 = 200;
    let height = TOP + PLOT_HEIGHT + 64;
    let plot = WIDTH - LEFT - RIGHT;
    let low = points.iter().map(|p| p.1).min().unwrap_or(0).min(0);
    let high = points.iter().map(|p| p.1).max().unwrap_or(0).max(low + 1);
    let y_of = |v: i64| TOP + PLOT_HEIGHT - ((v - low) * PLOT_HEIGHT) / (high - low);
    let steps = (points.len() as i64 - 1).max(1);
    let x_of = |i: usize| LEFT + (i as i64 * plot) / steps;
    let mut svg = open(named, WIDTH, height);
    for value in [low, low + (high - low) / 2, high] {
        let y = y_of(value);
        let _ = write!(
            svg,
            r#"<line x1="{LEFT}" y1="{y}" x2="{}" y2="{y}" stroke="{GRID}"/><text x="{}" y="{}" text-anchor="end" font-size="14" fill="{INK}">{}</text>"#,
            LEFT + plot,
            LEFT - 6,
            y + 4,
            escape(&tick(value))
        );
    }
    let path: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!("{},{}", x_of(i), y_of(*v)))
        .collect();
    if points.len() == 1 {
        let _ = write!(
            svg,
            r#"<circle cx="{}" cy="{}" r="4" fill="{BAR}"/>"#,
            x_of(0),
            y_of(points[0].1)
        );
    } else {
        let _ = write!(
            svg,
            r#"<polyline points="{}" fill="none" stroke="{BAR}" stroke-width="2"/>"#,
            path.join(" ")
        );
    }
    let bottom = TOP + PLOT_HEIGHT;
    let _ = write!(
        svg,
        r#"<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}" stroke="{INK}"/><line x1="{LEFT}" y1="{bottom}" x2="{}" y2="{bottom}" stroke="{INK}"/>"#,
        LEFT + plot
    );
    let mut marked: Vec<usize> = vec![0, points.len() / 2, points.len().saturating_sub(1)];
    marked.dedup();
    for i in marked.into_iter().filter(|i| *i < points.len()) {
        let anchor = match i {
            0 => "start",
            i if i + 1 == points.len() => "end",
            _ => "middle",
        };
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="{anchor}" font-size="14" fill="{INK}">{}</text>"#,
            x_of(i),
            bottom + 18,
            escape(&points[i].0)
        );
    }
    let _ = write!(
        svg,
        r#"<text x="{}" y="{}" text-anchor="middle" font-size="15" fill="{INK}">{}</text><text x="14" y="{}" text-anchor="middle" font-size="15" fill="{INK}" transform="rotate(-90 14 {})">{}</text></svg>"#,
        LEFT + plot / 2,
        bottom + 44,
        escape(x_axis),
        TOP + PLOT_HEIGHT / 2,
        TOP + PLOT_HEIGHT / 2,
        escape(y_axis)
    );
    svg
}

fn open(named: &Named<'_>, width: i64, height: i64) -> String {
    let id = escape(named.id);
    format!(
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="system-ui, sans-serif"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(&named.title),
        escape(&named.desc)
    )
}

/// A label cut to `most` characters with an ellipsis; the bar's own title keeps the whole one.
fn shorten(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let cut: String = text.chars().take(most - 1).collect();
    format!("{cut}…")
}

/// Text and attribute values as SVG (XML) needs them.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named() -> Named<'static> {
        Named {
            id: "t",
            title: "Sales <per> day".into(),
            desc: "desc".into(),
        }
    }

    #[test]
    fn a_bar_chart_is_named_for_screen_readers_and_escapes_its_labels() {
        let svg = bars(
            &named(),
            "Net revenue",
            &[
                Bar {
                    label: "Tom & <Jerry>".into(),
                    value: 200,
                    shown: "2.00 PLN".into(),
                },
                Bar {
                    label: "Quiet".into(),
                    value: 0,
                    shown: "0.00 PLN".into(),
                },
            ],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="img" aria-labelledby="t-title t-desc""#));
        assert!(svg.contains(r#"<title id="t-title">Sales &lt;per&gt; day</title>"#));
        assert!(svg.contains("Tom &amp; &lt;Jerry&gt;"));
        assert!(!svg.contains("<Jerry>"));
        assert!(svg.contains("Net revenue"));
        assert_eq!(svg.matches("<rect").count(), 2);
    }

    #[test]
    fn a_line_chart_marks_its_axes_and_survives_one_point_or_negative_values() {
        let points = vec![
            ("2026-11-01".to_owned(), 100),
            ("2026-11-02".to_owned(), -50),
            ("2026-11-03".to_owned(), 300),
        ];
        let svg = line(&named(), "Day", "PLN", &points, |v| v.to_string());
        assert!(svg.contains("<polyline"));
        assert!(svg.contains("2026-11-01") && svg.contains("2026-11-03"));
        assert!(svg.contains(">-50<") && svg.contains(">300<"));
        let one = line(&named(), "Day", "PLN", &points[..1], |v| v.to_string());
        assert!(one.contains("<circle"));
        let none = line(&named(), "Day", "PLN", &[], |v| v.to_string());
        assert!(none.ends_with("</svg>"));
    }

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        assert_eq!(shorten("short", 26), "short");
        assert_eq!(shorten(&"x".repeat(30), 5), "xxxx…");
    }
}
