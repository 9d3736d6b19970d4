#include "core/base/text_utils.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdint>

namespace renozone {

std::string trim(std::string_view text) {
    const char* spaces = " \t\r\n";
    const auto first = text.find_first_not_of(spaces);
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(spaces);
    return std::string(text.substr(first, last - first + 1));
}

std::string to_lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool has_extension(std::string_view path, std::string_view ext) {
    return path.size() > ext.size() && to_lower_ascii(path.substr(path.size() - ext.size())) == to_lower_ascii(ext);
}

std::string to_upper_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::vector<std::string> split_any(std::string_view text, const std::vector<std::string_view>& separators) {
    std::vector<std::string> pieces;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t matched = 0;
        for (const auto separator : separators)
            if (!separator.empty() && text.substr(i, separator.size()) == separator) matched = separator.size();
        if (matched == 0) {
            ++i;
            continue;
        }
        pieces.emplace_back(text.substr(start, i - start));
        i += matched;
        start = i;
    }
    pieces.emplace_back(text.substr(start));
    return pieces;
}

std::vector<std::string> list_items(const std::vector<std::string>& values) {
    std::vector<std::string> items;
    for (const auto& value : values)
        for (const auto& piece : split_any(value, {",", "，", "、"})) items.push_back(trim(piece));
    return items;
}

std::string join_list(const std::vector<std::string>& items, std::string_view comma, std::string_view last) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += i + 1 == items.size() ? last : comma;
        text += items[i];
    }
    return text;
}

std::string fold_full_width(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        // U+FF01..U+FF5E are EF BC 81..EF BD 9E and map to 0x21..0x7E.
        if (b0 == 0xEF && i + 2 < text.size()) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]);
            const auto b2 = static_cast<unsigned char>(text[i + 2]);
            const int code = (b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) ? 0xFF00 + (b2 - 0x80)
                           : (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E) ? 0xFF40 + (b2 - 0x80)
                                                                       : 0;
            if (code) {
                out.push_back(static_cast<char>(code - 0xFF00 + 0x20));
                i += 2;
                continue;
            }
        }
        out.push_back(static_cast<char>(b0));
    }
    return out;
}

std::optional<double> parse_leading_number(std::string_view raw) {
    const std::string text = trim(fold_full_width(raw));
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
    double value = 0;
    bool digits = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            digits = true;
        } else if (c == ',' && digits && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
            continue;  // thousands separator as in "1,234"
        } else {
            break;
        }
    }
    if (i < text.size() && text[i] == '.') {
        double scale = 0.1;
        for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, scale /= 10) {
            value += (text[i] - '0') * scale;
            digits = true;
        }
    }
    if (!digits) return std::nullopt;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) return std::nullopt;  // refuse "1e400"-style surprises
    if (!std::isfinite(value)) return std::nullopt;  // hundreds of digits
    return negative ? -value : value;
}

namespace {

// Length of the valid UTF-8 sequence starting at text[i], 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || (extra == 1 && c < 0xC2) || i + extra >= text.size()) return 0;
    for (int k = 1; k <= extra; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    return static_cast<std::size_t>(extra) + 1;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

namespace {

// A run of bytes as Chinese text leaves them in GBK: pairs of a lead byte
// 0x81..0xFE and a trail byte (here always above 0x7F), or in UTF-8: whole
// sequences of three or four bytes (the CJK blocks).
bool chinese_shaped(const std::string& bytes) {
    const bool gbk = bytes.size() % 2 == 0 &&
                     [&] {
                         for (std::size_t i = 0; i < bytes.size(); i += 2)
                             if (static_cast<unsigned char>(bytes[i]) == 0x80 || static_cast<unsigned char>(bytes[i]) == 0xFF ||
                                 static_cast<unsigned char>(bytes[i + 1]) == 0xFF)
                                 return false;
                         return true;
                     }();
    if (gbk) return true;
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t length = utf8_sequence_length(bytes, i);
        if (length < 3) return false;
        i += length;
    }
    return true;
}

}  // namespace

bool looks_like_latin1_mojibake(std::string_view utf8) {
    // The text's characters above ASCII, as the bytes they were before a
    // Latin-1 reading turned each byte into one: every run of them must read as
    // Chinese. A French é or a German ü stands alone, a Chinese character never.
    std::size_t chinese_bytes = 0;
    std::string run;
    for (std::size_t i = 0; i <= utf8.size();) {
        const std::size_t length = i < utf8.size() ? utf8_sequence_length(utf8, i) : 1;
        if (i < utf8.size() && length == 0) return false;
        const auto lead = i < utf8.size() ? static_cast<unsigned char>(utf8[i]) : 0;
        if (length == 2 && (lead == 0xC2 || lead == 0xC3)) {
            run.push_back(static_cast<char>(((lead & 0x03) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3F)));
        } else if (length >= 2) {
            return false;  // beyond Latin-1: Cyrillic, Vietnamese, CJK ... the text was read right
        } else {
            if (!run.empty() && !chinese_shaped(run)) return false;
            chinese_bytes += run.size();
            run.clear();
        }
        i += length;
    }
    return chinese_bytes >= 4;  // two Chinese characters at least
}

std::string printable_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0 || static_cast<unsigned char>(text[i]) < 0x20 || text[i] == 0x7F) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

std::string abbreviate(std::string_view text, std::size_t max_chars) {
    const std::string printable = printable_utf8(text);
    const std::string_view utf8 = printable;
    std::size_t end = 0;
    for (std::size_t chars = 0; end < utf8.size() && chars < max_chars; ++chars) {
        end += utf8_sequence_length(utf8, end);
    }
    if (end >= utf8.size()) return std::string(utf8);
    return std::string(utf8.substr(0, end)) + "…";
}

namespace {

std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : 3;
    std::uint32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k <= extra && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += extra + 1;
    return cp;
}

bool is_wide(std::uint32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
           (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
           (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

}  // namespace

std::u32string decode_utf8(std::string_view utf8) {
    std::u32string out;
    for (std::size_t i = 0; i < utf8.size();) out.push_back(next_code_point(utf8, i));
    return out;
}

int display_width(std::string_view utf8) {
    int width = 0;
    for (std::size_t i = 0; i < utf8.size();) width += is_wide(next_code_point(utf8, i)) ? 2 : 1;
    return width;
}

std::string format_number(double value, int decimals, bool thousands) {
    if (!std::isfinite(value)) return "-";
    const double scale = std::pow(10.0, decimals);
    const double magnitude = std::fabs(value) * scale;
    std::string whole, frac;
    bool zero;
    if (magnitude < 0x1p53) {
        const auto scaled = static_cast<long long>(std::llround(magnitude));
        const auto unit = static_cast<long long>(scale);
        whole = std::to_string(scaled / unit);
        frac = std::to_string(scaled % unit);
        zero = scaled == 0;
    } else {  // beyond llround's range; printf's decimal point is the locale's, so split at any non-digit
        char digits[400];
        std::snprintf(digits, sizeof digits, "%.*f", decimals, std::fabs(value));
        const std::string text = digits;
        const std::size_t point = std::min(text.find_first_not_of("0123456789"), text.size());
        whole = text.substr(0, point);
        frac = point < text.size() ? text.substr(point + 1) : "";
        zero = false;
    }
    std::string out;
    if (value < 0 && !zero) out += '-';
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (thousands && i > 0 && (whole.size() - i) % 3 == 0) out += ',';
        out += whole[i];
    }
    if (decimals > 0) {
        out += '.';
        out.append(static_cast<std::size_t>(decimals) - frac.size(), '0');
        out += frac;
    }
    return out;
}

std::string escape_xml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

}  // namespace renozone
