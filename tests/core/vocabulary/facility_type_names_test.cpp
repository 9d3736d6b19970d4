#include "core/base/errors.h"
#include "core/vocabulary/facility_type_names.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

std::string refusal(const std::string& typed) {
    try {
        facility_type_key(load_default_site_rules(), typed);
    } catch (const UsageError& e) {
        return e.what();
    }
    ADD_FAILURE() << typed << " was accepted";
    return "";
}

TEST(FacilityTypeNames, KeysAndTheNamesReportsAndRulesGive) {
    const SiteRules rules = load_default_site_rules();
    EXPECT_EQ(facility_type_key(rules, "kindergarten"), "kindergarten");
    EXPECT_EQ(facility_type_key(rules, "幼儿园"), "kindergarten");               // report label
    EXPECT_EQ(facility_type_key(rules, " 幼儿园 "), "kindergarten");
    EXPECT_EQ(facility_type_key(rules, "Kindergarten"), "kindergarten");         // English label
    EXPECT_EQ(facility_type_key(rules, "日间照料中心"), "day_care");              // report label
    EXPECT_EQ(facility_type_key(rules, "老年人日间照料中心"), "day_care");        // rules file name
    EXPECT_EQ(facility_type_key(rules, "社区卫生服务站"), "health_station");
    EXPECT_EQ(facility_type_key(rules, "运动场地"), "culture_sports");            // one part of 文化活动站、运动场地
    EXPECT_EQ(facility_type_key(rules, "幼儿园 kindergarten"), "kindergarten");  // the rules name whole
}

TEST(FacilityTypeNames, AMissNamesTheKnownTypesAndTheNearest) {
    const std::string known = " (" + default_site_rules_path() +
                              " knows: culture_sports, day_care, elderly_care, ev_charging, health_station, kindergarten, "
                              "nursery, parking, public_toilet, service_station, waste_sorting)";
    EXPECT_EQ(refusal("幼稚园"), "unknown facility type '幼稚园'" + known + "; did you mean 幼儿园 (kindergarten)?");
    EXPECT_EQ(refusal("kindergarden"), "unknown facility type 'kindergarden'" + known + "; did you mean 幼儿园 (kindergarten)?");
    EXPECT_EQ(refusal("zoo"), "unknown facility type 'zoo'" + known);
    EXPECT_EQ(refusal(""), "unknown facility type ''" + known);
}

}  // namespace
}  // namespace renozone
