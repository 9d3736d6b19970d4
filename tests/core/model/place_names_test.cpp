#include "core/base/errors.h"
#include "core/model/place_names.h"
#include "core/planning/unit_geometry.h"
#include "districts.h"

#include <geos_c.h>
#include <gtest/gtest.h>

namespace renozone {
namespace {

// What find_place says is wrong with `typed`, in English and Chinese.
Problem refusal(const std::vector<PlaceName>& places, PlaceKind kind, const std::string& typed) {
    try {
        find_place(places, kind, typed, Input::communities);
    } catch (const InputError& e) {
        EXPECT_EQ(e.kind(), ErrorKind::input);
        EXPECT_EQ(e.input(), Input::communities);  // each shell names it: --communities-ids, 小区
        return e.problem();
    }
    ADD_FAILURE() << typed << " was found";
    return {};
}

const std::vector<PlaceName> communities = {
    {"FS03", "下油房沟小区"}, {"FS14", "油房沟小区"}, {"FS10", "老街片区"}, {"X1", "同名小区"}, {"X2", "同名小区"}};

TEST(PlaceNames, ByIdThenNameThenNameAsThePlanComparesIt) {
    const auto find = [](const std::string& typed) { return find_place(communities, PlaceKind::community, typed, Input::community); };
    EXPECT_EQ(find("FS14"), 1u);
    EXPECT_EQ(find(" FS14 "), 1u);
    EXPECT_EQ(find("油房沟小区"), 1u);  // not 下油房沟小区, which holds it
    EXPECT_EQ(find("下油房沟小区"), 0u);
    EXPECT_EQ(find("老街 片区"), 2u);
    EXPECT_EQ(find("ＦＳ１０"), 2u);
}

TEST(PlaceNames, AMissSuggestsTheNearestNamesWithTheirIds) {
    Problem p = refusal(communities, PlaceKind::community, "油坊沟小区");
    EXPECT_EQ(p.en, "no community with id or name '油坊沟小区'; did you mean 油房沟小区 (FS14)?");
    EXPECT_EQ(p.zh, "没有 id 或名称为 '油坊沟小区' 的小区；是否指 油房沟小区 (FS14)？");
    p = refusal(communities, PlaceKind::community, "XX99");
    EXPECT_EQ(p.en, "no community with id or name 'XX99'");
    p = refusal({{"500156001", "凤山街道"}}, PlaceKind::street, "凤山");
    EXPECT_EQ(p.en, "no street with code or name '凤山'; did you mean 凤山街道 (500156001)?");
}

TEST(PlaceNames, ASharedNameAsksForTheId) {
    const Problem p = refusal(communities, PlaceKind::community, "同名小区");
    EXPECT_EQ(p.en, "the name '同名小区' is used by X1 and X2; give the id");
    EXPECT_EQ(p.zh, "名称 '同名小区' 同时属于 X1、X2；请给出 id");
}

// Names give the same unit as ids: 下油房沟小区 is FS03, 油房沟小区 FS14.
TEST(PlaceNames, UnitOfCommunitiesByNameIsTheUnitByIds) {
    const District& d = test::embedded_district();
    EXPECT_EQ(find_community(d.data().communities, "油房沟小区", Input::communities).id, "FS14");
    const UnitShape by_ids = unit_from_communities(d, {"FS03", "FS14"});
    const UnitShape by_names = unit_from_communities(d, {"下油房沟小区，油房沟 小区"});
    EXPECT_EQ(by_names.label, by_ids.label);
    EXPECT_EQ(by_names.label, "communities FS03,FS14");
    EXPECT_EQ(GEOSEqualsExact_r(d.ctx(), by_ids.geom.get(), by_names.geom.get(), 0), 1);
}

}  // namespace
}  // namespace renozone
