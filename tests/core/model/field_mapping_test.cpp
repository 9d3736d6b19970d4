#include "core/base/errors.h"
#include "core/model/field_mapping.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <fstream>

namespace renozone {
namespace {

TEST(FieldMapping, ParsesAssignmentsAndFiles) {
    FieldMapping m;
    m.add("buildings.floors=层数");
    EXPECT_EQ(*m.source_name("buildings", "floors"), "层数");
    EXPECT_FALSE(m.source_name("buildings", "households"));
    test::TempDir dir;
    std::ofstream(dir.file("fields.txt")) << "# survey 2021\n\nbuildings.households = 户数 \ncommunities.name=XQMC\n";
    m.add_file(dir.file("fields.txt"));
    EXPECT_EQ(*m.source_name("buildings", "households"), "户数");
    EXPECT_EQ(*m.source_name("communities", "name"), "XQMC");
}

TEST(FieldMapping, RejectsWhatItCannotUse) {
    FieldMapping m;
    EXPECT_THROW(m.add("floors=层数"), UsageError);
    EXPECT_THROW(m.add("towers.floors=层数"), UsageError);
    EXPECT_THROW(m.add("buildings.colour=色"), UsageError);
    EXPECT_THROW(m.add("buildings.floors="), UsageError);
    test::TempDir dir;
    std::ofstream(dir.file("bad.txt")) << "buildings.floors=层数\nnonsense\n";
    try {
        m.add_file(dir.file("bad.txt"));
        FAIL();
    } catch (const InputError& e) {  // a bad line in a file is bad input (exit 3), not bad usage
        EXPECT_NE(std::string(e.what()).find("bad.txt:2: 'nonsense' is not of the form"), std::string::npos) << e.what();
    }
    EXPECT_THROW(m.add_file(dir.file("missing.txt")), InputError);
}

}  // namespace
}  // namespace renozone
