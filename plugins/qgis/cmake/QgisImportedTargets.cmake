# QGIS ships only FindQGIS.cmake, which sets variables. Wrap them in imported
# targets QGIS::core, QGIS::gui and QGIS::analysis carrying their include
# directory and the Qt 5 modules the QGIS headers include.
find_path(QGIS_FIND_MODULE_DIR FindQGIS.cmake PATH_SUFFIXES share/qgis)
if(NOT QGIS_FIND_MODULE_DIR)
  message(FATAL_ERROR "FindQGIS.cmake not found: install libqgis-dev, or set BUILD_QGIS_PLUGIN=OFF")
endif()
list(APPEND CMAKE_MODULE_PATH ${QGIS_FIND_MODULE_DIR})
find_package(QGIS REQUIRED)
if(QGIS_VERSION VERSION_LESS 3.22)
  message(FATAL_ERROR "the renozone plugin needs QGIS 3.22 or newer, found ${QGIS_VERSION}")
endif()

find_package(Qt5 5.15 REQUIRED COMPONENTS Core Gui Widgets Xml Network Svg LinguistTools)

function(renozone_import_qgis_library name location)
  add_library(QGIS::${name} UNKNOWN IMPORTED GLOBAL)
  set_target_properties(QGIS::${name} PROPERTIES
    IMPORTED_LOCATION "${location}"
    INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${ARGN}")
endfunction()

renozone_import_qgis_library(core "${QGIS_CORE_LIBRARY}" Qt5::Core Qt5::Gui Qt5::Widgets Qt5::Xml Qt5::Network)
# QGIS 3.22 installs an old copy of nlohmann's json_fwd.hpp (qgsgeometry.h
# includes it) under the same include guard as the system's nlohmann 3.11,
# which the engine's report headers use; the two cannot meet in one file.
# The system's forward header, included first, makes QGIS's copy a no-op.
find_file(RENOZONE_NLOHMANN_JSON_FWD nlohmann/json_fwd.hpp REQUIRED)
set_property(TARGET QGIS::core APPEND PROPERTY INTERFACE_COMPILE_OPTIONS
             "$<$<COMPILE_LANGUAGE:CXX>:SHELL:-include ${RENOZONE_NLOHMANN_JSON_FWD}>")
renozone_import_qgis_library(analysis "${QGIS_ANALYSIS_LIBRARY}" QGIS::core)
renozone_import_qgis_library(gui "${QGIS_GUI_LIBRARY}" QGIS::core Qt5::Svg)  # qgsrubberband.h includes QSvgRenderer
