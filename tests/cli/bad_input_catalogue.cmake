# The bad-input catalogue: one file (or option) with one thing wrong per
# case, made by tests/data/bad/make.sh, and the exact line renozone must say
# about it: file, layer, feature and what is wrong. expect_error.sh also checks
# the exit code and that no output is left behind.
set(BAD ${PROJECT_SOURCE_DIR}/tests/data/bad)
set(DATA ${PROJECT_SOURCE_DIR}/data/wulong.gpkg)
set(TAG tag -o out.gpkg)
set(ONE --communities ${BAD}/communities_one.geojson)
set(OK --buildings ${BAD}/buildings_ok.geojson)
string(TIMESTAMP THIS_YEAR "%Y" UTC)
set(BOWTIE "POLYGON((474400 3245500,474800 3245800,474800 3245500,474400 3245800,474400 3245500))")
set(SITE "POINT(474500 3245600)")
set(KINDERGARTEN check-site --type kindergarten --wkt ${SITE})

# name | exit code | the error line after "renozone: error: " | arguments
function(bad_input name code text)
  add_test(NAME cli.bad_input.${name} COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/expect_error.sh ${code} "${text}" $<TARGET_FILE:renozone> ${ARGN})
endfunction()

# Files that are not what they say
bad_input(missing_file 3
  "nowhere.gpkg: no such file"
  ${TAG} --communities nowhere.gpkg --buildings nowhere.gpkg)
bad_input(empty_file 3
  "${BAD}/empty_file.gpkg: the file is empty (0 bytes)"
  ${TAG} ${ONE} --buildings ${BAD}/empty_file.gpkg)
bad_input(corrupt_gpkg 3
  "${BAD}/corrupt.gpkg: cannot open as a vector source: damaged, or not a format GDAL reads"
  ${TAG} ${ONE} --buildings ${BAD}/corrupt.gpkg)
bad_input(truncated_gpkg 3
  "${BAD}/truncated.gpkg: cannot open as a vector source: database disk image is malformed"
  ${TAG} ${ONE} --buildings ${BAD}/truncated.gpkg)
bad_input(damaged_gpkg_table 3
  "${BAD}/damaged_table.gpkg: layer 'buildings': reading stopped after 0 features, the file is damaged: In GetNextRawFeature(): sqlite3_step() : database disk image is malformed"
  ${TAG} ${ONE} --buildings ${BAD}/damaged_table.gpkg)
bad_input(unreadable_geometry_blob 3
  "${BAD}/bad_geometry_blob.gpkg: layer 'buildings': feature 2 (id B00002): GDAL cannot read it: Unable to read geometry"
  ${TAG} ${ONE} --buildings ${BAD}/bad_geometry_blob.gpkg)
bad_input(not_json 3
  "${BAD}/not_json.geojson: cannot open as a vector source: Failed to read GeoJSON data"
  ${TAG} ${ONE} --buildings ${BAD}/not_json.geojson)
bad_input(shapefile_missing_shx 3
  "${BAD}/missing_shx/buildings.shp: its .shx file is missing; a Shapefile needs the .shp, .shx and .dbf files side by side"
  ${TAG} ${ONE} --buildings ${BAD}/missing_shx/buildings.shp)
bad_input(shapefile_missing_dbf 3
  "${BAD}/missing_dbf/buildings.shp: its .dbf file is missing; a Shapefile needs the .shp, .shx and .dbf files side by side"
  ${TAG} ${ONE} --buildings ${BAD}/missing_dbf/buildings.shp)
bad_input(shapefile_missing_prj 3
  "${BAD}/buildings_no_crs.shp: layer 'buildings_no_crs': has no coordinate reference system (no .prj file); name one with --buildings-crs EPSG:CODE"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_no_crs.shp)

# Layers and fields
bad_input(missing_layer 3
  "${DATA}: no layer 'houses' (layers: streets, communities, buildings, facilities, heritage, river, roads, plan, plan_targets)"
  ${TAG} --data ${DATA} --buildings-layer houses)
bad_input(no_layer_of_that_name 3
  "${BAD}/two_layers.gpkg: no layer named 'buildings'; choose one with --buildings-layer (layers: houses, roads)"
  ${TAG} ${ONE} --buildings ${BAD}/two_layers.gpkg)
bad_input(layer_without_geometry 3
  "${BAD}/buildings_no_geometry.csv: layer 'buildings_no_geometry': has no geometry; buildings must be a spatial layer"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_no_geometry.csv)
bad_input(empty_buildings_layer 3
  "${BAD}/buildings_empty.gpkg: layer 'buildings': the layer is empty; there are no buildings in it"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_empty.gpkg)
bad_input(empty_communities_layer 3
  "${BAD}/communities_empty.geojson: layer 'communities': the layer is empty; there are no communities in it"
  ${TAG} --communities ${BAD}/communities_empty.geojson ${OK})
bad_input(missing_field 3
  "${BAD}/communities_no_name.geojson: layer 'communities': required field 'name' not found (tried name, community_name, 小区名称, 名称); map one with --field communities.name=NAME"
  ${TAG} --communities ${BAD}/communities_no_name.geojson ${OK})

# Formats as planners exchange them: CAD drawings and spreadsheets
bad_input(cad_drawing_without_building_layer 3
  "${BAD}/map_no_jmd.dxf: no entity on the CAD layer 'JMD'; choose one with --buildings-layer"
  ${TAG} ${ONE} --buildings ${BAD}/map_no_jmd.dxf --buildings-crs EPSG:4545)
bad_input(dwg_drawing 3
  "${BAD}/drawing.dwg: a DWG drawing, which GDAL here cannot read: save it as DXF (in CAD: Save As, DXF) and give that"
  ${TAG} ${ONE} --buildings ${BAD}/drawing.dwg)
bad_input(plan_sheet_without_header 3
  "${BAD}/plan_no_header.xlsx: sheet 'Sheet1': no header row naming the communities (小区名称, 小区, 项目名称 or 名称)"
  ${TAG} ${ONE} ${OK} --plan ${BAD}/plan_no_header.xlsx)

# Text in the wrong encoding
bad_input(gbk_in_geojson 3
  "${BAD}/buildings_gbk.geojson: layer 'buildings': feature 0 (id B00001): name is not UTF-8 text (GBK read as UTF-8?); save the file as UTF-8 (GeoJSON text must be UTF-8)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_gbk.geojson)
bad_input(shapefile_wrong_cpg 3
  "${BAD}/buildings_gbk_wrong_cpg.shp: layer 'buildings_gbk_wrong_cpg': feature 0 (id B00001): name is not UTF-8 text (GBK read as UTF-8?); give the file's encoding, e.g. --encoding GBK"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_gbk_wrong_cpg.shp)
bad_input(shapefile_gbk_without_cpg 3
  "${BAD}/buildings_gbk_no_cpg.shp: layer 'buildings_gbk_no_cpg': feature 0 (id B00001): name is not UTF-8 text (GBK read as UTF-8?); give the file's encoding, e.g. --encoding GBK"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_gbk_no_cpg.shp)

# Geometry
bad_input(points_for_buildings 3
  "${BAD}/buildings_points.geojson: layer 'buildings': feature 0 (id B00001): geometry is Point, expected Polygon or MultiPolygon (and 2 more errors: run `renozone validate` for the list, or --keep-going)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_points.geojson)
bad_input(points_for_communities 3
  "${BAD}/communities_points.geojson: layer 'communities': feature 0 (id FS14): geometry is Point, expected Polygon or MultiPolygon"
  ${TAG} --communities ${BAD}/communities_points.geojson ${OK})
bad_input(mixed_geometry_types 3
  "${BAD}/buildings_mixed_types.geojson: layer 'buildings': feature 1 (id B00002): geometry is Line String, expected Polygon or MultiPolygon (and 1 more error: run `renozone validate` for the list, or --keep-going)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_mixed_types.geojson)
bad_input(nan_coordinate 3
  "${BAD}/buildings_nan.geojson: layer 'buildings': feature 0 (id B00001): coordinates are NaN or infinite"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_nan.geojson)
bad_input(infinite_coordinate 3
  "${BAD}/buildings_inf.geojson: layer 'buildings': feature 0 (id B00001): coordinates are NaN or infinite"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_inf.geojson)
bad_input(zero_area_polygon 3
  "${BAD}/buildings_zero_area.geojson: layer 'buildings': feature 0 (id B00001): polygon has no area (Self-intersection[474467.473 3245549.379]): its points lie on one line or one point"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_zero_area.geojson)
bad_input(degrees_in_a_metre_crs 3
  "${BAD}/buildings_degrees_as_metres.geojson: layer 'buildings': feature 0 (id B00001): coordinates (107.735, 29.335) lie far outside the area of use of EPSG:4545 (CGCS2000 / 3-degree Gauss-Kruger CM 108E); is the layer in another CRS? name it with --buildings-crs EPSG:CODE (and 2 more errors: run `renozone validate` for the list, or --keep-going)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_degrees_as_metres.geojson)
bad_input(latitude_beyond_90 3
  "${BAD}/buildings_latitude_95.geojson: layer 'buildings': feature 0 (id B00001): coordinates (107.735, 95.005) cannot be transformed from EPSG:4326 (WGS 84) to the working CRS; is the layer in another CRS? name it with --buildings-crs EPSG:CODE (and 2 more errors: run `renozone validate` for the list, or --keep-going)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_latitude_95.geojson)
bad_input(buildings_far_from_communities 3
  "${BAD}/buildings_far_away.geojson: layer 'buildings': no building lies near the communities of ${BAD}/communities_one.geojson: layer 'communities' (the nearest is 199.5 km away); is one of the layers in another CRS than it says?"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_far_away.geojson)

# Coordinate reference systems
bad_input(crs_unknown_to_proj 3
  "${BAD}/buildings_unknown_crs.geojson: layer 'buildings': its coordinate reference system is not one PROJ knows (PROJ: proj_create: crs not found); name it with --buildings-crs EPSG:CODE"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_unknown_crs.geojson)
bad_input(crs_that_cannot_be_transformed 3
  "${BAD}/buildings_mars_crs.geojson: layer 'buildings': cannot transform from ESRI:104971 (Mars_2000_(Sphere)) to EPSG:4545 (CGCS2000 / 3-degree Gauss-Kruger CM 108E): Cannot find coordinate operations from `ESRI:104971' to `EPSG:4545'"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_mars_crs.geojson)
bad_input(unknown_crs_option 3
  "--working-crs: 'EPSG:99999999' is not a coordinate reference system PROJ knows"
  ${TAG} --working-crs EPSG:99999999)
bad_input(working_crs_in_degrees 2
  "--working-crs: the working CRS must be projected in metres, not EPSG:4326 (WGS 84)"
  ${TAG} --working-crs EPSG:4326)
bad_input(gcj02_flag_on_projected_layer 3
  "${BAD}/buildings_ok.geojson: layer 'buildings': --buildings-gcj02 needs longitude/latitude coordinates, not EPSG:4545 (CGCS2000 / 3-degree Gauss-Kruger CM 108E)"
  ${TAG} ${ONE} ${OK} --buildings-gcj02)

# Ids and values
bad_input(duplicate_building_ids 3
  "${BAD}/buildings_duplicate_ids.geojson: layer 'buildings': id 'B1' is used by features 0 and 1 (and 1 more error: run `renozone validate` for the list, or --keep-going)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_duplicate_ids.geojson)
bad_input(duplicate_community_ids 3
  "${BAD}/communities_duplicate_ids.geojson: layer 'communities': id 'FS14' is used by features 0 and 1"
  ${TAG} --communities ${BAD}/communities_duplicate_ids.geojson ${OK})
bad_input(negative_floors 3
  "${BAD}/buildings_negative_floors.geojson: layer 'buildings': feature 1 (id B00002): floors = -3 is outside 1–200 (floors)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_negative_floors.geojson)
bad_input(zero_floors 3
  "${BAD}/buildings_zero_floors.geojson: layer 'buildings': feature 0 (id B00001): floors = 0 is outside 1–200 (floors)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_zero_floors.geojson)
bad_input(negative_households 3
  "${BAD}/buildings_negative_households.geojson: layer 'buildings': feature 1 (id B00002): households = -6 is outside 0–100000 (households)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_negative_households.geojson)
bad_input(built_year_in_future 3
  "${BAD}/buildings_future_year.geojson: layer 'buildings': feature 2 (id B00003): built_year = 2999 is outside 1000–${THIS_YEAR} (built year)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_future_year.geojson)
bad_input(text_in_numeric_field 3
  "${BAD}/buildings_text_floors.geojson: layer 'buildings': feature 0 (id B00001): floors = '六层' is not a number (floors)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_text_floors.geojson)
bad_input(number_too_long 3
  "${BAD}/buildings_huge_floors.geojson: layer 'buildings': feature 0 (id B00001): floors = '1000000000000000000000000000000000000000…' is not a number (floors)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_huge_floors.geojson)
bad_input(heritage_flag_not_0_or_1 3
  "${BAD}/buildings_heritage_flag_2.geojson: layer 'buildings': feature 2 (id B00003): heritage = 2 is outside 0–1 (heritage flag 0/1)"
  ${TAG} ${ONE} --buildings ${BAD}/buildings_heritage_flag_2.geojson)

# The plan table
bad_input(plan_names_missing_community 3
  "${BAD}/plan_missing_community.csv: layer 'plan_missing_community': row 2: community 'FS99' (不存在小区) is not in ${BAD}/communities_one.geojson: layer 'communities'"
  ${TAG} ${ONE} ${OK} --plan ${BAD}/plan_missing_community.csv)
bad_input(plan_row_names_no_community 3
  "${BAD}/plan_unnamed_row.csv: layer 'plan_unnamed_row': row 2: names no community (community_id and community_name empty)"
  ${TAG} ${ONE} ${OK} --plan ${BAD}/plan_unnamed_row.csv)
bad_input(plan_year_text 3
  "${BAD}/plan_text_year.csv: layer 'plan_text_year': row 1: year = '明年' is not a number (plan year)"
  ${TAG} ${ONE} ${OK} --plan ${BAD}/plan_text_year.csv)
bad_input(plan_demonstration_flag_2 3
  "${BAD}/plan_demonstration_2.csv: layer 'plan_demonstration_2': row 1: demonstration = 2 is outside 0–1 (demonstration flag 0/1)"
  ${TAG} ${ONE} ${OK} --plan ${BAD}/plan_demonstration_2.csv)
bad_input(plan_negative_target 3
  "${BAD}/plan_negative_target.csv: layer 'plan_negative_target': row 1: target_households = -120 is outside 0–100000000 (target households)"
  ${TAG} ${ONE} ${OK} --plan ${BAD}/plan_negative_target.csv)
bad_input(plan_target_value_text 3
  "${BAD}/plan_targets_text.csv: layer 'plan_targets_text': row 2: value = '很多' is not a number (target value)"
  ${TAG} ${ONE} ${OK} --plan_targets ${BAD}/plan_targets_text.csv)

# Field-mapping files and options
bad_input(field_mapping_bad_line 3
  "${BAD}/fields_bad_syntax.txt:3: 'floors is 层数' is not of the form layer.field=SOURCE_FIELD"
  ${TAG} ${ONE} ${OK} --fields ${BAD}/fields_bad_syntax.txt)
bad_input(field_mapping_unknown_layer 3
  "${BAD}/fields_unknown_layer.txt:1: unknown layer 'towers' in 'towers.floors=层数'"
  ${TAG} ${ONE} ${OK} --fields ${BAD}/fields_unknown_layer.txt)
bad_input(field_mapping_unknown_field 3
  "${BAD}/fields_unknown_field.txt:1: layer 'buildings' has no field 'colour' in 'buildings.colour=颜色'"
  ${TAG} ${ONE} ${OK} --fields ${BAD}/fields_unknown_field.txt)
bad_input(field_mapping_empty_source 3
  "${BAD}/fields_empty_source.txt:1: no source field name in 'buildings.floors='"
  ${TAG} ${ONE} ${OK} --fields ${BAD}/fields_empty_source.txt)
bad_input(field_mapping_source_field_absent 3
  "${BAD}/buildings_ok.geojson: layer 'buildings': field '层数' given for buildings.floors does not exist"
  ${TAG} ${ONE} ${OK} --fields ${BAD}/fields_missing_source_field.txt)
bad_input(field_mapping_binary_file 3
  "${BAD}/fields_binary.txt:1: '���buildings�.floors' is not of the form layer.field=SOURCE_FIELD"
  ${TAG} ${ONE} ${OK} --fields ${BAD}/fields_binary.txt)
bad_input(field_mapping_file_missing 3
  "${BAD}/no_such_fields.txt: cannot read the field-mapping file"
  ${TAG} ${ONE} ${OK} --fields ${BAD}/no_such_fields.txt)
bad_input(field_option_malformed 2
  "--field: 'floors' is not of the form layer.field=SOURCE_FIELD"
  ${TAG} --field floors)
bad_input(default_for_a_field_without_one 2
  "--default: 'buildings.safety_grade=D': a default is for buildings' floors, built_year, use, households, people, stairwells, floor_area"
  ${TAG} --default buildings.safety_grade=D)
bad_input(default_out_of_range 2
  "--default: buildings.floors=0: not a number from 1 to 200"
  ${TAG} ${ONE} ${OK} --default buildings.floors=0)

# Implementation units: what a planner types or points at
bad_input(unit_self_intersecting 3
  "--wkt: the unit polygon is not valid (Self-intersection[474600 3245650]); redraw it without crossing edges"
  unit --wkt ${BOWTIE})
bad_input(unit_empty 3
  "--wkt: the unit polygon is empty"
  unit --wkt "POLYGON EMPTY")
bad_input(unit_outside_data 3
  "--wkt: lies outside the data (data extent 473662 3244769 – 478162 3246329 in the working CRS); wrong CRS?"
  unit --wkt "POLYGON((0 0,10 0,10 10,0 10,0 0))")
bad_input(unit_mistyped_coordinate 3
  "--wkt: reaches more than 10.0 km beyond the data (data extent 473662 3244769 – 478162 3246329 in the working CRS); is a coordinate mistyped?"
  unit --wkt "POLYGON((474400 3245500,474800 3245099,474800 3245101,444 21E302,474400 3245500))")
bad_input(site_mistyped_coordinate 3
  "--wkt: reaches more than 10.0 km beyond the data (data extent 473662 3244769 – 478162 3246329 in the working CRS); is a coordinate mistyped?"
  check-site --type kindergarten --wkt "POLYGON((474400 3245500,474500 3245500,4745000 3245600,474400 3245500))")
bad_input(unit_in_wrong_crs 3
  "--wkt: cannot be transformed to the working CRS (coordinates outside EPSG:4326 (WGS 84)'s area of use? wrong --crs?)"
  unit --crs EPSG:4326 --wkt "POLYGON((474400 3245500,474800 3245500,474800 3245800,474400 3245500))")
bad_input(unit_not_a_polygon 3
  "--wkt: a unit must be a Polygon or MultiPolygon, not LineString"
  unit --wkt "LINESTRING(474400 3245500,474800 3245800)")
bad_input(unit_not_wkt 3
  "--wkt: 'POLYGON((474400 3245500, 474800' is not WKT"
  unit --wkt "POLYGON((474400 3245500, 474800")
bad_input(unit_wkt_with_nan 3
  "--wkt: 'POLYGON((474400 3245500,nan 3245500,474800 3245800,474400 32…' is not WKT"
  unit --wkt "POLYGON((474400 3245500,nan 3245500,474800 3245800,474400 3245500))")
bad_input(unit_geojson_not_json 3
  "--geojson: not valid GeoJSON"
  unit --geojson "{\"type\": \"Polygon\", \"coordinates\": [[[474400, 3245500]")
bad_input(unit_save_without_project 2
  "--save, --update, --delete and --list need --project FILE.gpkg"
  unit --save --communities-ids FS01)
bad_input(unit_bad_phase 2
  "--phase: 'soon' is not 实施, 谋划 or 储备 (implement, plan, reserve)"
  unit --project p.gpkg --save --phase soon --communities-ids FS01)
bad_input(unit_bad_funding 2
  "--funding: shares add up to 0.700, not 1"
  unit --communities-ids FS01 --funding "central=0.5,district=0.2")
bad_input(unit_funding_share_too_large 2
  "--funding: 'central=5000': a share is a fraction (0.4) or a percentage (40), not above 100"
  unit --communities-ids FS01 --funding "central=5000,district=nan")
bad_input(unit_funding_share_not_a_number 2
  "--funding: 'district=nan' is not one of central=, municipal=, district=, residents= with a share"
  unit --communities-ids FS01 --funding "central=1,district=nan")
bad_input(unit_unknown_community 3
  "--communities-ids: no community with id or name 'XX99'"
  unit --communities-ids XX99)
bad_input(unit_mistyped_community_name 3
  "--communities-ids: no community with id or name '油坊沟小区'; did you mean 油房沟小区 (FS14)?"
  unit --communities-ids FS03,油坊沟小区)
bad_input(unit_funding_unknown_chinese_key 2
  "--funding: '省级=0.3' is not one of central=, municipal=, district=, residents= with a share"
  unit --communities-ids FS01 --funding "中央=0.4，省级=0.3")
# A project file that is not a GeoPackage, or not a database at all, is refused and left as it was.
add_test(NAME cli.bad_input.unit_project_not_a_geopackage
         COMMAND env EXISTING=${BAD}/buildings_ok.geojson ${CMAKE_CURRENT_SOURCE_DIR}/expect_error.sh 3
                 "existing.gpkg: a project must be a GeoPackage"
                 $<TARGET_FILE:renozone> unit --project existing.gpkg --save --communities-ids FS01)
add_test(NAME cli.bad_input.unit_project_corrupt
         COMMAND env EXISTING=${BAD}/corrupt.gpkg ${CMAKE_CURRENT_SOURCE_DIR}/expect_error.sh 3
                 "existing.gpkg: cannot open the project for update: damaged, or not a GeoPackage"
                 $<TARGET_FILE:renozone> unit --project existing.gpkg --save --communities-ids FS01)

# Site rules files
bad_input(site_unknown_type 2
  "unknown facility type 'spaceport' (${PROJECT_SOURCE_DIR}/data/rules/gb50180-2018.json knows: culture_sports, day_care, elderly_care, ev_charging, health_station, kindergarten, nursery, parking, public_toilet, service_station, waste_sorting)"
  check-site --type spaceport --wkt ${SITE})
bad_input(site_mistyped_chinese_type 2
  "unknown facility type '幼稚园' (${PROJECT_SOURCE_DIR}/data/rules/gb50180-2018.json knows: culture_sports, day_care, elderly_care, ev_charging, health_station, kindergarten, nursery, parking, public_toilet, service_station, waste_sorting); did you mean 幼儿园 (kindergarten)?"
  check-site --type 幼稚园 --wkt ${SITE})
bad_input(site_rules_malformed 3
  "${BAD}/rules_malformed.json: not valid JSON (byte 28)"
  ${KINDERGARTEN} --rules ${BAD}/rules_malformed.json)
bad_input(site_rules_missing_clause 3
  "${BAD}/rules_missing_clause.json: types.kindergarten.radius_m: has no 'clause' (every threshold must name the clause it comes from)"
  ${KINDERGARTEN} --rules ${BAD}/rules_missing_clause.json)
bad_input(site_rules_zero_radius 3
  "${BAD}/rules_zero_radius.json: types.kindergarten.radius_m: must be greater than 0"
  ${KINDERGARTEN} --rules ${BAD}/rules_zero_radius.json)
bad_input(site_rules_negative_area 3
  "${BAD}/rules_negative_area.json: types.kindergarten.min_area_m2: value must not be negative"
  ${KINDERGARTEN} --rules ${BAD}/rules_negative_area.json)
bad_input(site_rules_verified_as_text 3
  "${BAD}/rules_verified_as_text.json: types.nursery.radius_m: has no true/false 'verified'"
  ${KINDERGARTEN} --rules ${BAD}/rules_verified_as_text.json)
bad_input(site_rules_no_types 3
  "${BAD}/rules_no_types.json: top level: missing object 'types' with at least one facility type"
  ${KINDERGARTEN} --rules ${BAD}/rules_no_types.json)
bad_input(site_rules_value_as_text 3
  "${BAD}/rules_value_as_text.json: walking_speed_m_per_min: has no numeric 'value'"
  ${KINDERGARTEN} --rules ${BAD}/rules_value_as_text.json)
bad_input(site_rules_missing_file 3
  "${BAD}/no_such_rules.json: cannot read the rules file"
  ${KINDERGARTEN} --rules ${BAD}/no_such_rules.json)

# Outputs
bad_input(output_not_writable 4
  "no/such/out.gpkg: folder no/such does not exist"
  tag -o no/such/out.gpkg)

# An existing output is kept as it was unless --overwrite.
add_test(NAME cli.bad_input.output_exists
         COMMAND env EXISTING=${DATA} ${CMAKE_CURRENT_SOURCE_DIR}/expect_error.sh 4
                 "existing.gpkg: already exists; give --overwrite to replace it" $<TARGET_FILE:renozone> tag -o existing.gpkg)
# Mistyped commands and options: named, with the nearest one when one is near.
bad_input(unknown_option 2 "unknown option '--frobnicate' for 'tag'" tag --frobnicate)
bad_input(mistyped_option 2 "unknown option '--fromat' for 'report'; did you mean '--format'?" report --fromat json)
bad_input(mistyped_option_with_value 2 "unknown option '--fromat' for 'report'; did you mean '--format'?" report --fromat=json)
bad_input(mistyped_option_of_ledger_add 2 "unknown option '--nmae' for 'ledger add'; did you mean '--name'?"
          ledger add --project p.gpkg --nmae x)
bad_input(mistyped_command 2 "unknown command 'reprot'; did you mean 'report'?" reprot)
bad_input(mistyped_ledger_command 2 "unknown command 'ledger ad'; did you mean 'ledger add'?" ledger ad)
bad_input(unknown_command 2 "unknown command 'frobnicate'" frobnicate)
bad_input(no_command 2 "A subcommand is required")

# 10,000,000 vertices, made at test time: refused in seconds, not hung on.
add_test(NAME cli.bad_input.ten_million_vertex_polygon
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/huge_polygon.sh $<TARGET_FILE:renozone> ${BAD})
set_tests_properties(cli.bad_input.ten_million_vertex_polygon PROPERTIES TIMEOUT 90)

# Inputs renozone reads past rather than refuses, and says what it did.
function(handled_input name text)
  add_test(NAME cli.bad_input.${name} COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/expect_success.sh "${text}" $<TARGET_FILE:renozone> ${ARGN})
endfunction()
# Repaired with GEOS MakeValid and listed (DESIGN.md: repair, record, then measure).
handled_input(self_intersecting_polygon "repaired buildings: B00001: Self-intersection"
  validate ${ONE} --buildings ${BAD}/buildings_self_intersecting.geojson)
# --keep-going reads past the plan row naming no community, and counts it.
handled_input(plan_names_missing_community_keep_going "findings: 1 errors, "
  report ${ONE} ${OK} --plan ${BAD}/plan_missing_community.csv --keep-going)
# renozone reads every feature without the input's spatial index, so a broken
# rtree cannot change a figure: the report equals the intact file's.
add_test(NAME cli.bad_input.broken_rtree_gives_the_intact_figures
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/same_output.sh
                 $<TARGET_FILE:renozone> report --format json ${ONE} --buildings ${BAD}/buildings_few.gpkg
                 -- $<TARGET_FILE:renozone> report --format json ${ONE} --buildings ${BAD}/broken_rtree.gpkg)
