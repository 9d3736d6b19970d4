// The value of the column named `key` of a core table (core/model/table_columns.h)
// for one row; a test fails when the table has no such column.
#pragma once

#include "core/model/table_columns.h"

#include <gtest/gtest.h>

#include <string>

namespace renozone::test {

template <typename Row>
ColumnValue value_of(const TableColumns<Row>& table, const std::string& key, const Row& row) {
    for (const auto& column : table)
        if (column.key == key) return column.value(row);
    ADD_FAILURE() << "no column " << key;
    return std::monostate{};
}

}  // namespace renozone::test
