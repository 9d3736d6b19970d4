#include "source.h"

#include "crs.h"
#include "errors.h"
#include "field_catalog.h"
#include "gdal_errors.h"
#include "text_utils.h"

#include <filesystem>

namespace renozone {
namespace {

bool looks_like_shapefile(const std::string& path) {
    const std::string lower = to_lower_ascii(path);
    return lower.ends_with(".shp") || lower.ends_with(".dbf") || lower.ends_with(".zip") ||
           std::filesystem::is_directory(path);
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace

GDALDatasetUniquePtr open_vector(const std::string& path, const std::string& encoding) {
    init_gdal();
    std::string option = "ENCODING=" + encoding;
    const char* shapefile_options[] = {option.c_str(), nullptr};
    const bool pass_encoding = !encoding.empty() && looks_like_shapefile(path);
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                              pass_encoding ? shapefile_options : nullptr, nullptr));
    if (!ds) {
        std::string detail = take_last_gdal_error();
        const bool exists = std::filesystem::exists(path);
        if (!exists && path.find(':') == std::string::npos) throw InputError(path + ": no such file");
        throw InputError(path + ": cannot open as a vector source" + (detail.empty() ? "" : ": " + detail));
    }
    return ds;
}

std::unique_ptr<OpenLayer> open_kind(const InputSpec& inputs, const std::string& kind) {
    auto it = inputs.sources.find(kind);
    if (it == inputs.sources.end() || it->second.path.empty()) return nullptr;
    if (it->second.optional) {
        auto ds = open_vector(it->second.path, inputs.encoding);
        if (!ds->GetLayerByName((it->second.layer.empty() ? kind : it->second.layer).c_str())) return nullptr;
    }
    return std::make_unique<OpenLayer>(it->second, kind, inputs.mapping, inputs.encoding);
}

std::vector<std::string> layer_names(GDALDataset& ds) {
    std::vector<std::string> names;
    for (auto* layer : ds.GetLayers()) names.emplace_back(layer->GetName());
    return names;
}

OpenLayer::OpenLayer(const SourceSpec& spec, const std::string& kind, const FieldMapping& mapping,
                     const std::string& encoding)
    : kind_(kind), spec_(spec), dataset_(open_vector(spec.path, encoding)) {
    const auto names = layer_names(*dataset_);
    if (!spec.layer.empty()) {
        layer_ = dataset_->GetLayerByName(spec.layer.c_str());
        if (!layer_)
            throw InputError(spec.path + ": no layer '" + spec.layer + "' (layers: " + join(names) + ")");
    } else if (auto* named = dataset_->GetLayerByName(kind.c_str())) {
        layer_ = named;
    } else if (names.size() == 1) {
        layer_ = dataset_->GetLayer(0);
    } else {
        throw InputError(spec.path + ": " + (names.empty() ? std::string("holds no layer") :
                         "no layer named '" + kind + "'; choose one with --" + kind + "-layer (layers: " + join(names) + ")"));
    }
    take_last_gdal_error();
    where_ = spec.path + ": layer '" + layer_->GetName() + "'";

    const bool spatial = layer_spec(kind).spatial;
    if (spatial && layer_->GetGeomType() == wkbNone)
        throw InputError(where_ + ": has no geometry; " + kind + " must be a spatial layer");
    if (spatial) {
        const auto* own = layer_->GetSpatialRef();
        if (own && !is_undefined_srs(*own)) {
            srs_ = std::shared_ptr<OGRSpatialReference>(clone_traditional(*own).release(), SrsDeleter{});
            if (!spec.crs.empty())
                srs_ = std::shared_ptr<OGRSpatialReference>(srs_from_user_text(spec.crs, where_).release(), SrsDeleter{});
        } else if (!spec.crs.empty()) {
            srs_ = std::shared_ptr<OGRSpatialReference>(srs_from_user_text(spec.crs, where_).release(), SrsDeleter{});
        } else {
            throw InputError(where_ + ": has no coordinate reference system; name one with --" + kind + "-crs EPSG:CODE");
        }
    }
    resolve_fields(mapping);
}

void OpenLayer::resolve_fields(const FieldMapping& mapping) {
    OGRFeatureDefn* defn = layer_->GetLayerDefn();
    auto find = [&](const std::string& name) -> int {
        const int exact = defn->GetFieldIndex(name.c_str());
        if (exact >= 0) return exact;
        const std::string wanted = to_lower_ascii(name);
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            if (to_lower_ascii(defn->GetFieldDefn(i)->GetNameRef()) == wanted) return i;
        return -1;
    };
    for (const auto& field : layer_spec(kind_).fields) {
        if (auto mapped = mapping.source_name(kind_, field.name)) {
            const int i = find(*mapped);
            if (i < 0)
                throw InputError(where_ + ": field '" + *mapped + "' given for " + kind_ + "." + field.name +
                                 " does not exist");
            index_[field.name] = i;
            continue;
        }
        int i = find(field.name);
        for (std::size_t a = 0; i < 0 && a < field.aliases.size(); ++a) i = find(field.aliases[a]);
        if (i >= 0) {
            index_[field.name] = i;
        } else if (field.required) {
            std::string tried = field.name;
            for (const auto& alias : field.aliases) tried += ", " + alias;
            throw InputError(where_ + ": required field '" + field.name + "' not found (tried " + tried +
                             "); map one with --field " + kind_ + "." + field.name + "=NAME");
        }
    }
}

int OpenLayer::field(const std::string& canonical) const {
    auto it = index_.find(canonical);
    return it == index_.end() ? -1 : it->second;
}

std::string OpenLayer::source_field_name(const std::string& canonical) const {
    const int i = field(canonical);
    return i < 0 ? std::string() : layer_->GetLayerDefn()->GetFieldDefn(i)->GetNameRef();
}

std::string OpenLayer::driver_name() const {
    GDALDriver* driver = dataset_->GetDriver();
    return driver ? driver->GetDescription() : "";
}

std::string OpenLayer::metadata_item(const char* name) const {
    const char* value = dataset_->GetMetadataItem(name);
    return value ? value : "";
}

std::string OpenLayer::feature_label(OGRFeature& feature) const {
    std::string label = "feature " + std::to_string(feature.GetFID());
    if (auto id = text(feature, "id")) label += " (id " + *id + ")";
    return label;
}

std::optional<std::string> OpenLayer::text(OGRFeature& feature, const std::string& canonical) const {
    const int i = field(canonical);
    if (i < 0 || !feature.IsFieldSetAndNotNull(i)) return std::nullopt;
    std::string value = trim(feature.GetFieldAsString(i));
    if (value.empty()) return std::nullopt;
    return value;
}

}  // namespace renozone
