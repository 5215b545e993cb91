# Windows: partnerdesk-<version>-windows-x64.msi, made by CPack's WIX generator with the WiX
# Toolset v3. It installs for the current user only, without administrator rights, into
# %LOCALAPPDATA%\Programs\Partner Desk, with a Start menu entry; Settings > Apps removes it,
# and a newer version replaces an older one (the upgrade code below never changes).
# packaging/README.md says how to build it and what was verified.
#
# What goes in, all into bin\ (Windows finds a program's DLLs beside it):
# - partnerdesk.exe and partnerdesk-cli.exe (app/desktop, app/cli; their icon and version
#   resource is partnerdesk.rc.in here);
# - Qt's DLLs, plugins and translations, by Qt's deploy script (windeployqt);
# - every other DLL the two load (libsodium, ICU, and what libphonenumber is built on), by
#   CMake's runtime dependency set partnerdesk_runtime (app/desktop, app/cli);
# - the compiler's C++ runtime (InstallRequiredSystemLibraries), beside the program rather
#   than as Microsoft's redistributable, whose installer needs administrator rights.
# QtKeychain is linked in statically (the release workflow builds it so): windeployqt takes a
# qt6keychain.dll for one of Qt's own modules, looks for it in Qt and fails.

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET partnerdesk
        OUTPUT_SCRIPT partnerdesk_deploy_script
        NO_COMPILER_RUNTIME
        NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    # Qt 6.4's signature.
    qt_generate_deploy_app_script(TARGET partnerdesk
        FILENAME_VARIABLE partnerdesk_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${partnerdesk_deploy_script})

# Where the DLLs are: vcpkg's (manifest mode, vcpkg.json) and the bin folder of every prefix
# the build was pointed at. vcpkg also copies them beside the built executables, where they
# are looked for first.
set(partnerdesk_dll_dirs)
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND partnerdesk_dll_dirs
        "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/$<$<CONFIG:Debug>:debug/>bin")
endif()
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    file(TO_CMAKE_PATH "${prefix}/bin" prefix_bin)
    list(APPEND partnerdesk_dll_dirs "${prefix_bin}")
endforeach()
install(RUNTIME_DEPENDENCY_SET partnerdesk_runtime
    DESTINATION ${CMAKE_INSTALL_BINDIR}
    # DLL names are compared in lower case. API sets are names for parts of Windows itself;
    # Qt's DLLs are the deploy script's.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^qt6"
    # Windows' own DLLs, and the C++ runtime found there (installed below from the compiler).
    POST_EXCLUDE_REGEXES "/[Ss][Yy][Ss][Tt][Ee][Mm]32/"
    DIRECTORIES ${partnerdesk_dll_dirs})

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# The license page of the installer wants RTF; CPack converts only a .txt file, and LICENSE
# has no extension. Plain ASCII text, so the conversion is escaping and paragraph breaks.
set(partnerdesk_license ${PROJECT_SOURCE_DIR}/LICENSE)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${partnerdesk_license})
file(READ ${partnerdesk_license} partnerdesk_license_text)
if(partnerdesk_license_text MATCHES "[^\t\n\r -~]")
    message(FATAL_ERROR "packaging/windows/windows.cmake: LICENSE is not plain ASCII; "
                        "escape its other characters (\\uN?) for the installer's RTF")
endif()
string(REPLACE "\\" "\\\\" partnerdesk_license_text "${partnerdesk_license_text}")
string(REPLACE "{" "\\{" partnerdesk_license_text "${partnerdesk_license_text}")
string(REPLACE "}" "\\}" partnerdesk_license_text "${partnerdesk_license_text}")
string(REPLACE "\r" "" partnerdesk_license_text "${partnerdesk_license_text}")
string(REPLACE "\n" "\\par\n" partnerdesk_license_text "${partnerdesk_license_text}")
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/windows/LICENSE.rtf
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Segoe UI;}}\\f0\\fs18\n"
    "${partnerdesk_license_text}}\n")

set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_FILE_NAME "partnerdesk-${PROJECT_VERSION}-windows-x64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Partner Desk")
# WiX Toolset v3: the one on GitHub's Windows images, and CPack's default (CPACK_WIX_VERSION
# exists from CMake 3.30; older CPack ignores it and uses v3 anyway).
set(CPACK_WIX_VERSION 3)
# Never change it: Windows Installer knows an installed Partner Desk by it, to upgrade it.
set(CPACK_WIX_UPGRADE_GUID "6F1B0C51-7C2B-4B0E-9A52-0D4E2B7C1A11")
# CPack's own template but for the per-user install (wix.template.in says how): CPack's
# CPACK_WIX_INSTALL_SCOPE has no perUser before CMake 4.3.
set(CPACK_WIX_TEMPLATE ${CMAKE_CURRENT_LIST_DIR}/wix.template.in)
# The name Settings > Apps shows (CPACK_PACKAGE_NAME is the file names' "partnerdesk").
set(CPACK_PARTNERDESK_DISPLAY_NAME "Partner Desk")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/partnerdesk.ico)
set(CPACK_WIX_LICENSE_RTF ${CMAKE_CURRENT_BINARY_DIR}/windows/LICENSE.rtf)
# Two pages: the license to accept, then Install. No folder to choose: a per-user install
# lives in the user's own Programs folder.
set(CPACK_WIX_UI_REF WixUI_Minimal)
# "Partner Desk" in the Start menu itself, not in a folder with an uninstall shortcut:
# Windows removes programs from Settings > Apps.
set(CPACK_PACKAGE_EXECUTABLES partnerdesk "Partner Desk")
set(CPACK_WIX_PROGRAM_MENU_FOLDER .)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
