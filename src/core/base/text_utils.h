// Small text helpers: trimming, number parsing that tolerates the way numbers
// are written in Chinese survey tables, UTF-8 checks and display width.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace renozone {

std::string trim(std::string_view text);
std::string to_lower_ascii(std::string_view text);
// A file name ending in `ext` (".dxf") in any letter case, with a name before it.
bool has_extension(std::string_view path, std::string_view ext);
std::string to_upper_ascii(std::string_view text);

// The pieces of `text` between any of the separators ("," "，" "、"), as they
// are (not trimmed); the whole text when it holds none.
std::vector<std::string> split_any(std::string_view text, const std::vector<std::string_view>& separators);

// The items of a list a planner typed, one or more values each split again at
// "," "，" and "、", trimmed: {"FS03，油房沟小区"} → {"FS03", "油房沟小区"}.
std::vector<std::string> list_items(const std::vector<std::string>& values);

// The items one after another: "a, b, c" by default; `last` before the last
// one ("a, b or c", "a、b 或 c").
std::string join_list(const std::vector<std::string>& items, std::string_view comma = ", ",
                      std::string_view last = ", ");

// Full-width digits and signs (０-９, －, ．) become ASCII; the rest is left alone.
std::string fold_full_width(std::string_view text);

// Leading number of a cell such as "6", " 6层", "1990年", "１９９０", "1,234.5";
// nullopt when the cell holds no number at its start.
std::optional<double> parse_leading_number(std::string_view text);

bool is_valid_utf8(std::string_view text);

// The code points of UTF-8 text, one a character.
std::u32string decode_utf8(std::string_view utf8);

// The text with every byte that is not part of valid UTF-8, and every control
// character, replaced by U+FFFD: a one-line message quoting a value stays one
// line of valid text whatever the value holds.
std::string printable_utf8(std::string_view text);

// Chinese text in a legacy encoding (GBK) decoded as Latin-1 becomes runs of
// U+0080..U+00FF characters with nothing from the CJK blocks.
bool looks_like_latin1_mojibake(std::string_view utf8);

// A value as one-line messages quote it: printable_utf8, cut to at most
// `max_chars` characters with "…".
std::string abbreviate(std::string_view utf8, std::size_t max_chars = 40);

// Columns a string takes in a terminal: East Asian wide characters count two.
int display_width(std::string_view utf8);

// Formats with a fixed '.' decimal point and ',' thousands separator whatever
// the process locale (planners' machines may use a decimal comma).
std::string format_number(double value, int decimals, bool thousands = true);

// Text safe inside XML or HTML elements and quoted attributes: & < > " ' escaped.
std::string escape_xml(std::string_view text);

}  // namespace renozone
