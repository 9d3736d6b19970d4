#include "core/base/year_range.h"

#include "core/base/text_utils.h"

#include <array>
#include <cctype>
#include <ctime>

namespace renozone {
namespace {

// The four-digit years in the text (two at most) and the text around them:
// around[0] before the first, around[1] after it, around[2] after the second.
struct Years {
    std::array<int, 2> value{};
    int count = 0;
    std::array<std::string, 3> around;
    bool valid = true;
};

Years years_in(const std::string& text) {
    Years y;
    for (std::size_t i = 0; i < text.size();) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            y.around[y.count] += text[i++];
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
        if (j - i != 4 || y.count == 2) return Years{{}, 0, {}, false};
        y.value[y.count++] = std::stoi(text.substr(i, 4));
        i = j;
    }
    return y;
}

bool said(const std::string& text, std::initializer_list<const char*> words) {
    for (const char* word : words)
        if (text.find(word) != std::string::npos) return true;
    return false;
}

}  // namespace

int current_year() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    localtime_r(&now, &parts);
    return parts.tm_year + 1900;
}

std::string YearRange::text() const {
    if (!earliest && !latest) return "?";
    return (earliest ? std::to_string(*earliest) : "") + "-" + (latest ? std::to_string(*latest) : "");
}

std::optional<YearRange> parse_year_range(std::string_view raw) {
    const std::string text = to_lower_ascii(trim(fold_full_width(raw)));
    if (text == "?") return YearRange{};  // as text() writes "about a year"
    const Years y = years_in(text);
    if (!y.valid) return std::nullopt;
    if (y.count == 2) {
        // "1981-1990年", "1981年-1990年", "1981～1990", "1981至1990", "1981 to 1990"
        if (!said(y.around[1], {"-", "~", "～", "—", "–", "至", "到", "to"}) || y.value[0] > y.value[1]) return std::nullopt;
        return YearRange{y.value[0], y.value[1]};
    }
    if (y.count != 1) return std::nullopt;
    const std::string& before = y.around[0];
    const std::string& after = y.around[1];
    if (said(after, {"前后", "左右"}) || before.starts_with("约") || before.starts_with("about")) return YearRange{};  // about: not a bound
    // "-1980" and "2011-" as text() writes them; "1980年以前", "before 1980" as people do.
    if (before == "-" || before.starts_with("before") || said(after, {"以前", "之前", "前"})) return YearRange{std::nullopt, y.value[0]};
    if (after == "-" || before.starts_with("after") || said(after, {"以后", "之后", "后"})) return YearRange{y.value[0], std::nullopt};
    return std::nullopt;
}

}  // namespace renozone
