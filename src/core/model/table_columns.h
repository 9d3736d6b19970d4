// A table's columns as one list each shell reads: the key a file and an
// expression name the column by, its kind, and how to read the value from a
// row. The tagged GeoPackage, the viewer's attribute panels and the QGIS
// plugin's output layers each map the kinds to types of their own (a flag is a
// GeoPackage boolean, a Qt bool); the titles are the fields' (field_titles).
#pragma once

#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace renozone {

enum class ColumnKind { text, integer, real, flag };

// std::monostate is a null: a value the data does not have.
using ColumnValue = std::variant<std::monostate, long long, double, bool, std::string>;

template <typename Row>
struct TableColumn {
    const char* key;
    ColumnKind kind;
    ColumnValue (*value)(const Row&);
};

template <typename Row>
using TableColumns = std::vector<TableColumn<Row>>;

template <typename T>
ColumnValue optional_value(const std::optional<T>& v) {
    if (!v) return std::monostate{};
    if constexpr (std::is_integral_v<T>) return static_cast<long long>(*v);
    else return static_cast<double>(*v);
}

}  // namespace renozone
