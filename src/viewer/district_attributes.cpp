#include "district_attributes.h"

#include "column_value.h"

#include "core/analysis/tagged_columns.h"

#include <QHash>

#include <memory>

namespace renozone::viewer {
namespace {

// The columns of a core table over the features `row_at` gives by index.
template <typename Row, typename RowAt>
AttributeSource source_of(TableColumns<Row> table, RowAt row_at) {
    auto columns = std::make_shared<const TableColumns<Row>>(std::move(table));
    QStringList names;
    QHash<QString, int> index;
    for (const auto& column : *columns) {
        index.insert(QString::fromLatin1(column.key), names.size());
        names << QString::fromLatin1(column.key);
    }
    return AttributeSource{names, [columns, index, row_at](int feature, const QString& field) {
                               const auto it = index.constFind(field);
                               return it == index.constEnd() ? QVariant() : widgets::qt_value((*columns)[*it].value(row_at(feature)));
                           }};
}

}  // namespace

AttributeSource street_attributes(const District& district) {
    const auto& streets = district.data().streets;
    return source_of(street_columns(), [&streets](int i) -> const Street& { return streets[i]; });
}

AttributeSource community_attributes(const District& district) {
    return source_of(community_columns(), [&district](int i) {
        return TaggedFeature{district.data(), district.analysis(), static_cast<std::size_t>(i)};
    });
}

AttributeSource building_attributes(const District& district) {
    return source_of(building_columns(), [&district](int i) {
        return TaggedBuilding::of(district.data(), district.analysis(), static_cast<std::size_t>(i));
    });
}

AttributeSource context_attributes(const std::vector<ContextFeature>& features, const QString& kind) {
    return source_of(context_columns(kind.toStdString()), [&features](int i) -> const ContextFeature& { return features[i]; });
}

}  // namespace renozone::viewer
