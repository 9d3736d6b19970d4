// Fuzzes the cell and text helpers every attribute passes through, and checks
// the promises their callers rely on.
#include "core/base/text_utils.h"
#include "fuzz_support.h"

#include <cmath>

using namespace renozone;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = fuzz::text_of(data, size);
    if (auto number = parse_leading_number(text)) {
        if (!std::isfinite(*number)) std::abort();
        (void)format_number(*number, 2);
    }
    if (fold_full_width(text).size() > text.size()) std::abort();
    const int width = display_width(text);
    if (width < 0 || static_cast<std::size_t>(width) > 2 * text.size()) std::abort();
    const std::string printable = printable_utf8(text);
    if (!is_valid_utf8(printable)) std::abort();
    for (unsigned char c : printable)
        if (c < 0x20 || c == 0x7F) std::abort();  // a quoted value must keep its message on one line
    if (!is_valid_utf8(abbreviate(text, 7))) std::abort();
    if (is_valid_utf8(text) && printable_utf8(text).size() < text.size()) std::abort();
    const std::string trimmed = trim(text);
    if (trim(trimmed) != trimmed) std::abort();
    (void)looks_like_latin1_mojibake(text);
    return 0;
}
