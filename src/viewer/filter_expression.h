// The part of the QGIS expression language that style rules use: field
// references, literals, comparisons, AND/OR/NOT, IS [NOT] NULL, IN, LIKE,
// arithmetic, CASE and a few functions (coalesce, upper, lower, length).
// NULL follows SQL's three-valued logic, as in QGIS.
#pragma once

#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <stdexcept>

namespace renozone::viewer {

class ExpressionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

using AttributeLookup = std::function<QVariant(const QString& field)>;

class FilterExpression {
public:
    struct Node;

    FilterExpression() = default;  // matches everything
    // Throws ExpressionError with the position of the first problem.
    static FilterExpression parse(const QString& text);

    bool empty() const { return !root_; }
    const QString& text() const { return text_; }
    QVariant evaluate(const AttributeLookup& attributes) const;
    // True only when the value is true (NULL and false both fail a filter).
    bool matches(const AttributeLookup& attributes) const;

private:
    std::shared_ptr<const Node> root_;
    QString text_;
};

}  // namespace renozone::viewer
