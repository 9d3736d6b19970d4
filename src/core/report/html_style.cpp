#include "core/report/html_style.h"

#include "core/report/map_symbols.h"

#include <cmath>

namespace renozone {
namespace {

// #rrggbb drawn at `opacity` over the opaque #rrggbb `base`, as #rrggbb.
std::string blend_over(const std::string& colour, double opacity, const std::string& base) {
    std::string out = "#";
    for (std::size_t at = 1; at + 1 < 7; at += 2) {
        const double top = std::stoi(colour.substr(at, 2), nullptr, 16), under = std::stoi(base.substr(at, 2), nullptr, 16);
        const int mixed = static_cast<int>(std::lround(top * opacity + under * (1 - opacity)));
        const char digits[] = "0123456789abcdef";
        out += digits[mixed / 16];
        out += digits[mixed % 16];
    }
    return out;
}

}  // namespace

const char* html_report_css() {
    return R"CSS(
:root { --ink: #1f2328; --muted: #5f6b76; --line: #d8dee4; --accent: #1f5f74; --bad: #b03a2e; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f4; color: var(--ink);
  font: 14px/1.55 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
header { background: var(--accent); color: #fff; padding: 28px 40px 22px; }
header h1 { margin: 0 0 4px; font-size: 26px; font-weight: 700; letter-spacing: 0.02em; }
header p { margin: 2px 0; opacity: 0.9; }
main { max-width: 1240px; margin: 0 auto; padding: 8px 24px 32px; }
.notice { background: #fff8e1; border-left: 5px solid #e0a800; padding: 10px 16px; margin: 18px 0 0; border-radius: 4px; }
nav { background: #fff; border-radius: 8px; padding: 12px 22px; margin: 16px 0 0; }
nav ol { margin: 4px 0; padding-left: 20px; columns: 3; column-gap: 32px; }
nav a { color: var(--accent); text-decoration: none; }
section { background: #fff; border-radius: 8px; padding: 18px 24px 20px; margin: 16px 0;
  box-shadow: 0 1px 2px rgba(0, 0, 0, 0.06); }
h2 { margin: 0 0 12px; font-size: 20px; color: var(--accent); border-bottom: 2px solid var(--line); padding-bottom: 6px; }
h3 { margin: 18px 0 8px; font-size: 16px; }
.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin-bottom: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: #fbfcfd; }
.card-label { color: var(--muted); font-size: 13px; }
.card-value { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
.card-target { color: var(--muted); font-size: 12px; }
.bar { height: 6px; background: #e3e8ed; border-radius: 3px; margin: 4px 0; overflow: hidden; }
.bar span { display: block; height: 100%; background: #2e8b57; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #eef2f5; font-weight: 600; white-space: nowrap; }
tr.group th { background: #e2e8ee; text-align: center; border-left: 2px solid #fff; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) { background: #f8fafb; }
tr.total td { font-weight: 700; border-top: 2px solid #aab4bd; }
tr.off-target td { color: var(--bad); }
table.totals { width: auto; min-width: 60%; }
table.facts { width: 100%; }
table.communities-unplanned { width: auto; min-width: 50%; }
table.units td:nth-child(-n+5), table.site-checks td:nth-child(-n+3) { white-space: nowrap; }
table.facility-gaps td:nth-child(-n+3), table.phasing td:nth-child(-n+2), table.ledger td:nth-child(-n+5),
table.ledger td:last-child { white-space: nowrap; }
table.facility-gaps th, table.gaps-communities th { white-space: normal; }
table.gaps-communities td:nth-child(-n+2) { white-space: nowrap; }
table.facility-gaps tr.has-gaps td:nth-child(10), tr.gap-community.has-gaps td:nth-child(2) {
  color: #9a6700; font-weight: 700; }
table.phasing-cumulative, table.phasing { width: auto; min-width: 60%; }
.phase-swatch td:nth-child(2)::before { content: ""; display: inline-block; width: 14px; height: 10px; margin-right: 6px;
  vertical-align: -1px; border: 1px solid; }
table.units td:last-child { font-size: 12px; min-width: 16em; }
table.communities td:nth-child(-n+4), table.communities-unplanned td:nth-child(-n+3) { white-space: nowrap; }
tr.has-warnings td:last-child, tr.severity-warning td:first-child { color: #9a6700; }
tr.severity-error td:first-child, tr.verdict-fail td:nth-child(3) { color: var(--bad); font-weight: 700; }
tr.verdict-warn td:nth-child(3) { color: #9a6700; font-weight: 700; }
tr.verdict-pass td:nth-child(3) { color: #1a7f37; font-weight: 700; }
.two-columns { display: grid; grid-template-columns: 1fr 2fr; gap: 24px; align-items: start; }
.note { color: var(--muted); margin: 8px 0; }
.pills span { display: inline-block; border: 1px solid var(--line); border-radius: 12px; padding: 1px 10px; margin-right: 8px; }
.pills .severity-error { border-color: var(--bad); color: var(--bad); }
.pills .severity-warning { border-color: #d4a72c; color: #9a6700; }
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
figcaption { color: var(--muted); margin-top: 6px; }
footer { color: var(--muted); text-align: center; padding: 0 0 28px; font-size: 12px; }
@media print {
  body { background: #fff; }
  header { color: #000; background: #fff; border-bottom: 2px solid #000; }
  nav { display: none; }
  section { box-shadow: none; }
  figure, .cards, tr { break-inside: avoid; }
}
)CSS";
}

std::string phase_swatch_class(const std::string& phase, bool planned) {
    const auto& palette = phase_palette();
    const PhaseStyle& style = phase_style(phase, planned);
    return "phase-swatch phase-" + std::to_string(&style - palette.data());
}

std::string phase_swatch_css() {
    std::string out;
    const auto& palette = phase_palette();
    for (std::size_t i = 0; i < palette.size(); ++i) {
        const PhaseStyle& s = palette[i];
        // The colour the map shows: its translucent fill over the land.
        out += "tr.phase-" + std::to_string(i) + " td:nth-child(2)::before { background: " +
               blend_over(s.fill, s.fill_opacity, colours::land) + "; border-color: " + s.stroke + "; }\n";
    }
    return out;
}

}  // namespace renozone
