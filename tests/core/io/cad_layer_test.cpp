// CASS building annotations: structure and floors, a basement after a dash,
// full-width digits; anything else is no annotation.
#include "core/io/cad_layer.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

TEST(CadLayer, ReadsCassAnnotations) {
    const auto expect = [](const char* text, const char* structure, int floors) {
        const auto a = parse_cad_annotation(text);
        ASSERT_TRUE(a) << text;
        EXPECT_EQ(a->structure, structure) << text;
        EXPECT_EQ(a->floors, floors) << text;
    };
    expect("砼6", "砼", 6);
    expect("混３", "混", 3);
    expect("砼6-1", "砼", 6);  // a basement below six floors
    expect("钢12", "钢", 12);
    expect("简1", "简", 1);
    expect("砖 2", "砖", 2);
    for (const char* text : {"6", "砼", "砼0", "砼6-", "砼6层", "X6", "甲小区", "砼201"})
        EXPECT_FALSE(parse_cad_annotation(text)) << text;
    EXPECT_TRUE(is_dxf("地形图.DXF"));
    EXPECT_TRUE(is_dwg("map.dwg"));
    EXPECT_FALSE(is_dxf("map.dwg"));
}

}  // namespace
}  // namespace renozone
