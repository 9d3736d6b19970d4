#include "core/model/place_names.h"

#include "core/base/errors.h"
#include "core/base/name_match.h"
#include "core/base/text_utils.h"

namespace renozone {
namespace {

struct KindWords {
    const char* en;
    const char* zh;
    const char* key_en;
    const char* key_zh;  // spaced as it stands between Chinese words
    const char* give_key_zh;
};

KindWords place_kind_words(PlaceKind kind) {
    return kind == PlaceKind::community ? KindWords{"community", "小区", "id", " id ", "请给出 id"}
                                        : KindWords{"street", "街道", "code", "代码", "请给出街道代码"};
}

std::vector<std::string> place_keys(const std::vector<PlaceName>& places, const std::vector<std::size_t>& found) {
    std::vector<std::string> keys;
    for (std::size_t i : found) keys.push_back(places[i].key);
    return keys;
}

std::string place_shown(const PlaceName& place) {
    return place.name.empty() ? place.key : place.name + " (" + place.key + ")";
}

std::string quoted_typed(const std::string& typed) { return "'" + abbreviate(typed) + "'"; }

template <typename Same>
std::vector<std::size_t> places_matching(const std::vector<PlaceName>& places, Same same) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < places.size(); ++i)
        if (same(places[i])) found.push_back(i);
    return found;
}

[[noreturn]] void throw_not_found(const std::vector<PlaceName>& places, PlaceKind kind, const std::string& typed,
                                  Input input) {
    std::vector<std::vector<std::string>> spellings;
    for (const auto& place : places) spellings.push_back({place.name, place.key});
    std::vector<std::string> suggestions;
    for (std::size_t index : nearest_names(typed, spellings)) suggestions.push_back(place_shown(places[index]));
    const KindWords w = place_kind_words(kind);
    Problem problem{std::string("no ") + w.en + " with " + w.key_en + " or name " + quoted_typed(typed),
                    std::string("没有") + w.key_zh + "或名称为 " + quoted_typed(typed) + " 的" + w.zh};
    add_did_you_mean(problem, suggestions);
    throw InputError(input, problem);
}

}  // namespace

std::size_t find_place(const std::vector<PlaceName>& places, PlaceKind kind, const std::string& raw,
                       Input input) {
    const std::string typed = trim(raw);
    const std::string key = name_key(typed);
    for (std::size_t i = 0; i < places.size(); ++i)
        if (!typed.empty() && places[i].key == typed) return i;
    std::vector<std::size_t> found =
        places_matching(places, [&](const PlaceName& p) { return !typed.empty() && p.name == typed; });
    if (found.empty())
        found = places_matching(places, [&](const PlaceName& p) {
            return !key.empty() && (name_key(p.key) == key || name_key(p.name) == key);
        });
    if (found.empty()) throw_not_found(places, kind, typed, input);
    if (found.size() > 1) {
        const KindWords w = place_kind_words(kind);
        const auto keys = place_keys(places, found);
        throw InputError(input, Problem{"the name " + quoted_typed(typed) + " is used by " + join_list(keys, ", ", " and ") +
                                             "; give the " + w.key_en,
                                         "名称 " + quoted_typed(typed) + " 同时属于 " + join_list(keys, "、", "、") + "；" +
                                             w.give_key_zh});
    }
    return found.front();
}

const Community& find_community(const std::vector<Community>& communities, const std::string& id_or_name,
                                Input input) {
    std::vector<PlaceName> places;
    places.reserve(communities.size());
    for (const auto& c : communities) places.push_back({c.id, c.name});
    return communities[find_place(places, PlaceKind::community, id_or_name, input)];
}

}  // namespace renozone
