// Fuzzes the site-rules file (JSON): every threshold must carry a value, a
// clause and a verified flag, and whatever the file holds the reader either
// returns rules that keep those promises or refuses it with renozone::Error.
#include "core/planning/site_rules.h"
#include "fuzz_support.h"

#include <cmath>

using namespace renozone;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& file = fuzz::scratch_file(fuzz::text_of(data, size));
    fuzz::expect_only_renozone_errors([&] {
        const SiteRules rules = load_site_rules(file);
        if (rules.types.empty()) std::abort();
        for (const auto& [type, rule] : rules.types) {
            if (rule.radius_m.clause.empty() || !(rule.radius_m.value > 0) || !std::isfinite(rule.radius_m.value)) std::abort();
            (void)rules.rule(type);
        }
        (void)rules.rule("no such type");  // throws UsageError
    });
    return 0;
}
