#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/model/model.h"
#include "core/vocabulary/report_labels.h"

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

TEST(ReportLabels, BuildingUsesAndYesNo) {
    // Every use the engine writes (use_name) has a Chinese name.
    for (Use use : {Use::residential, Use::mixed, Use::commercial, Use::public_service, Use::industrial})
        EXPECT_NE(use_label(Lang::zh, use_name(use)), use_name(use)) << use_name(use);
    EXPECT_EQ(use_label(Lang::zh, "residential"), "住宅");
    EXPECT_EQ(use_label(Lang::zh, "mixed"), "商住");
    EXPECT_EQ(use_label(Lang::en, "mixed"), "mixed use");
    EXPECT_EQ(use_label(Lang::zh, ""), "");
    EXPECT_STREQ(label(Lang::zh, Label::no), "否");
    EXPECT_STREQ(label(Lang::en, Label::no), "no");
}

TEST(ReportLabels, TheSiteChecksUnits) {
    EXPECT_EQ(measure_unit_label(Lang::zh, "households"), "户");
    EXPECT_EQ(measure_unit_label(Lang::zh, "communities"), "个小区");
    EXPECT_EQ(measure_unit_label(Lang::zh, "m² per 100 households"), "m²/百户");
    EXPECT_EQ(measure_unit_label(Lang::en, "households"), "households");
    EXPECT_EQ(measure_unit_label(Lang::zh, "m"), "m");
    EXPECT_EQ(measure_unit_label(Lang::zh, "m²"), "m²");
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
