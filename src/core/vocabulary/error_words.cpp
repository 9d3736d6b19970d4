#include "core/vocabulary/error_words.h"

#include "core/vocabulary/field_titles.h"

namespace renozone {

std::string input_title(Input input, Lang lang) { return input == Input::none ? std::string() : field_title(input_key(input), lang); }

std::string error_message(const Error& error, Lang lang) {
    const bool zh = lang == Lang::zh;
    if (error.input() != Input::none) {
        const Problem& p = error.problem();
        return input_title(error.input(), lang) + (zh ? "：" : ": ") + (zh && !p.zh.empty() ? p.zh : p.en);
    }
    return zh ? error.chinese() : error.english_for_forms();
}

}  // namespace renozone
