#include "errors.h"
#include "report_labels.h"
#include "text_utils.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

TEST(ReportLabels, EveryLabelIsWrittenInBothLanguages) {
    for (int i = 0; i < static_cast<int>(Label::count_); ++i) {
        const auto key = static_cast<Label>(i);
        const std::string zh = label(Lang::zh, key);
        std::string en = label(Lang::en, key);
        EXPECT_FALSE(zh.empty()) << i;
        EXPECT_FALSE(en.empty()) << i;
        EXPECT_TRUE(is_valid_utf8(zh)) << i;
        // English labels are ASCII apart from the few units and signs they print.
        for (const char* allowed : {"²", "·", "–"})
            for (auto at = en.find(allowed); at != std::string::npos; at = en.find(allowed)) en.erase(at, std::string(allowed).size());
        for (unsigned char c : en) EXPECT_LT(c, 0x80) << "label " << i << ": " << label(Lang::en, key);
    }
}

TEST(ReportLabels, PhasesPathsAndFacilityTypes) {
    EXPECT_EQ(phase_label(Lang::en, "实施"), "implement");
    EXPECT_EQ(phase_label(Lang::zh, "储备"), "储备");
    EXPECT_EQ(phase_label(Lang::en, ""), "");
    EXPECT_EQ(path_label(Lang::en, "管理提升"), "management upgrade");
    EXPECT_EQ(facility_label(Lang::zh, "kindergarten"), "幼儿园");
    EXPECT_EQ(facility_label(Lang::en, "ev_charging"), "EV charging");
    EXPECT_EQ(facility_label(Lang::en, "spaceport"), "spaceport");
}

TEST(ReportLabels, Languages) {
    EXPECT_EQ(parse_lang("zh"), Lang::zh);
    EXPECT_EQ(parse_lang("zh-CN"), Lang::zh);
    EXPECT_EQ(parse_lang("EN"), Lang::en);
    EXPECT_STREQ(lang_tag(Lang::zh), "zh-CN");
    try {
        parse_lang("fr");
        FAIL() << "fr accepted";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "--lang: 'fr' is not zh or en");
    }
}

}  // namespace
}  // namespace renozone
