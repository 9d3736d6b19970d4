#include "style_classifier.h"

namespace renozone::viewer {

int classify(const LayerStyle& style, const AttributeLookup& attributes) {
    const auto& classes = style.classes;
    auto usable = [&](int i) { return classes[i].render ? i : no_class; };
    switch (style.renderer) {
        case RendererKind::single_symbol: return classes.empty() ? no_class : usable(0);
        case RendererKind::categorised: {
            const QVariant v = attributes ? attributes(style.attribute) : QVariant();
            const QString text = v.isNull() ? QString() : v.toString();
            for (int i = 0; i < static_cast<int>(classes.size()); ++i)
                if (classes[i].value == text) return usable(i);
            return no_class;
        }
        case RendererKind::rule_based: {
            for (int i = 0; i < static_cast<int>(classes.size()); ++i)
                if (!classes[i].is_else && classes[i].filter.matches(attributes)) return usable(i);
            for (int i = 0; i < static_cast<int>(classes.size()); ++i)
                if (classes[i].is_else) return usable(i);
            return no_class;
        }
    }
    return no_class;
}

}  // namespace renozone::viewer
