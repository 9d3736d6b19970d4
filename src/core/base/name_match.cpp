#include "core/base/name_match.h"

#include "core/base/text_utils.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace renozone {

std::string name_key(std::string_view name) {
    std::string folded = fold_full_width(name);
    // The ideographic space U+3000 (E3 80 80) is a space too.
    for (std::size_t at; (at = folded.find("\xE3\x80\x80")) != std::string::npos;) folded.replace(at, 3, " ");
    std::string key;
    for (char c : folded)
        if (c != ' ' && c != '\t') key.push_back(c);
    return key;
}

std::string loose_name_key(std::string_view name) {
    std::string key = name_key(name);
    for (const char* suffix : {"小区", "片区", "社区"})
        if (key.size() > std::string_view(suffix).size() && key.ends_with(suffix)) {
            key.resize(key.size() - std::string_view(suffix).size());
            break;
        }
    return key;
}

std::size_t edit_distance(std::string_view a_utf8, std::string_view b_utf8) {
    const std::u32string a = decode_utf8(a_utf8), b = decode_utf8(b_utf8);
    // Optimal string alignment: three rows of the Damerau-Levenshtein table.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, replace});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[b.size()];
}

namespace {

// The name without the word that says what kind of place it is (小区, 片区, 社区, 街道).
std::string without_generic_ending(const std::string& name) {
    for (const std::string ending : {"小区", "片区", "社区", "街道"})
        if (name.size() > ending.size() && name.compare(name.size() - ending.size(), ending.size(), ending) == 0)
            return name.substr(0, name.size() - ending.size());
    return name;
}

}  // namespace

std::vector<std::size_t> nearest_names(std::string_view typed, const std::vector<std::vector<std::string>>& entries,
                                       std::size_t limit) {
    const std::string key = to_lower_ascii(name_key(typed));
    const std::size_t length = decode_utf8(key).size();
    if (length == 0) return {};
    // A typo is a few edits, and fewer than the text has characters (or every short word is near).
    const std::size_t allowed = std::max<std::size_t>(2, length / 3);
    std::vector<std::pair<std::size_t, std::size_t>> near;  // distance, entry
    for (std::size_t i = 0; i < entries.size(); ++i) {
        std::size_t best = SIZE_MAX;
        for (const auto& spelling : entries[i]) {
            const std::string candidate = to_lower_ascii(name_key(spelling));
            if (candidate.empty()) continue;
            // 油坊沟 for 油房沟小区: a typo in a name typed without its generic ending.
            const std::size_t distance =
                std::min(edit_distance(key, candidate), edit_distance(key, without_generic_ending(candidate)));
            const bool inside = length >= 2 && candidate.find(key) != std::string::npos;
            if ((distance <= allowed && distance < length) || inside) best = std::min(best, distance);
        }
        if (best != SIZE_MAX) near.emplace_back(best, i);
    }
    std::stable_sort(near.begin(), near.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::size_t> indexes;  // only the nearest: fs03 means FS03, not FS01 too
    for (std::size_t i = 0; i < near.size() && i < limit && near[i].first == near.front().first; ++i)
        indexes.push_back(near[i].second);
    return indexes;
}

void add_did_you_mean(Problem& problem, const std::vector<std::string>& names) {
    if (names.empty()) return;
    problem.en += "; did you mean " + join_list(names, ", ", " or ") + "?";
    problem.zh += "；是否指 " + join_list(names, "、", " 或 ") + "？";
}

}  // namespace renozone
