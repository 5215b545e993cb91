# Linux: the desktop entry, AppStream metainfo, icons and copyright file, and the .deb.
# Qt 6.4 does not deploy on Linux: the .deb depends on the distribution's Qt instead.
# scripts/test-package.sh builds the .deb, checks it, installs it, runs it and removes it.
set(partnerdesk_app_id io.github.partnerdesk.PartnerDesk)

# The date of each release, for the AppStream <releases> and the Debian changelog. The
# version itself is only the project's (root CMakeLists.txt): when it changes, add a line
# here. Until then everything builds, but installing or packaging stops and says so.
set(partnerdesk_release_dates
    0.2.0=2026-12-03)
list(SORT partnerdesk_release_dates COMPARE NATURAL ORDER DESCENDING)
set(partnerdesk_releases_xml "")
set(_version_has_date FALSE)
foreach(release IN LISTS partnerdesk_release_dates)
    if(NOT release MATCHES "^([0-9.]+)=([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])$")
        message(FATAL_ERROR "packaging/linux/linux.cmake: \"${release}\" is not VERSION=YYYY-MM-DD")
    endif()
    if(CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
        set(_version_has_date TRUE)
    endif()
    string(APPEND partnerdesk_releases_xml "    <release version=\"${CMAKE_MATCH_1}\" date=\"${CMAKE_MATCH_2}\"/>\n")
endforeach()
if(NOT _version_has_date)
    set(_no_date "packaging/linux/linux.cmake: version ${PROJECT_VERSION} has no release date for the "
                 "AppStream metainfo and the Debian changelog: add ${PROJECT_VERSION}=YYYY-MM-DD to "
                 "partnerdesk_release_dates there")
    string(JOIN "" _no_date ${_no_date})
    message(WARNING "${_no_date}")
    install(CODE "message(FATAL_ERROR [[${_no_date}]])")
endif()
string(STRIP "${partnerdesk_releases_xml}" partnerdesk_releases_xml)
string(PREPEND partnerdesk_releases_xml "    ")

# The screenshots are the repository's own docs/screenshots, as served from its main branch.
string(REGEX REPLACE "^https://github.com/" "https://raw.githubusercontent.com/"
    partnerdesk_screenshots_url "${PROJECT_HOMEPAGE_URL}/main/docs/screenshots")
set(partnerdesk_metainfo_template ${partnerdesk_app_id}.metainfo.xml.in)
configure_file(${CMAKE_CURRENT_LIST_DIR}/${partnerdesk_metainfo_template}
    ${CMAKE_CURRENT_BINARY_DIR}/linux/${partnerdesk_app_id}.metainfo.xml @ONLY)

include(${CMAKE_CURRENT_LIST_DIR}/copyright.cmake)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/${partnerdesk_app_id}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/linux/${partnerdesk_app_id}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${partnerdesk_copyright_file}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/partnerdesk)

# /usr/share/doc/partnerdesk/changelog.gz, which Debian wants in every package: an entry for
# each release above. At the end of packaging/CMakeLists.txt, which names the maintainer
# (CPACK_PACKAGE_CONTACT). gzip -n: no name or time stamp, the same bytes every time.
function(partnerdesk_debian_changelog)
    set(changelog "")
    foreach(release IN LISTS partnerdesk_release_dates)
        string(REPLACE "=" ";" release "${release}")
        list(GET release 0 version)
        list(GET release 1 date)
        execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C date -u -R -d ${date}
            OUTPUT_VARIABLE date OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
        string(APPEND changelog
            "partnerdesk (${version}) unstable; urgency=medium\n\n"
            "  * Partner Desk ${version}: ${PROJECT_HOMEPAGE_URL}\n\n"
            " -- ${CPACK_PACKAGE_CONTACT}  ${date}\n\n")
    endforeach()
    string(STRIP "${changelog}" changelog)
    set(plain ${CMAKE_CURRENT_BINARY_DIR}/linux/changelog)
    file(CONFIGURE OUTPUT ${plain} CONTENT "${changelog}\n" @ONLY)
    execute_process(COMMAND gzip -9nc ${plain} OUTPUT_FILE ${plain}.gz COMMAND_ERROR_IS_FATAL ANY)
    install(FILES ${plain}.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/partnerdesk)
endfunction()
cmake_language(DEFER CALL partnerdesk_debian_changelog)

# Icons: the SVG as the scalable one, and PNGs drawn from it at build time for the desktops
# and tools that want bitmaps (packaging/tools/render-icon.cpp; never installed).
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/partnerdesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${partnerdesk_app_id}.svg)
add_executable(partnerdesk_render_icon ${CMAKE_CURRENT_SOURCE_DIR}/tools/render-icon.cpp)
target_link_libraries(partnerdesk_render_icon PRIVATE Qt6::Gui Qt6::Svg)
set(_icon_arguments)
set(_icon_files)
foreach(size IN ITEMS 16 24 32 48 64 128 256 512)
    set(icon ${CMAKE_CURRENT_BINARY_DIR}/linux/icons/hicolor/${size}x${size}/apps/${partnerdesk_app_id}.png)
    list(APPEND _icon_arguments ${size} ${icon})
    list(APPEND _icon_files ${icon})
    install(FILES ${icon} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_command(OUTPUT ${_icon_files}
    COMMAND partnerdesk_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/partnerdesk.svg ${_icon_arguments}
    DEPENDS partnerdesk_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/partnerdesk.svg
    COMMENT "Drawing the hicolor PNG icons"
    VERBATIM)
add_custom_target(partnerdesk_linux_icons ALL DEPENDS ${_icon_files})

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The long description; the first line (the synopsis) is CPACK_PACKAGE_DESCRIPTION_SUMMARY.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Partner Desk is the support agent's desk for partners of Z-API, the Brazilian\n"
    "WhatsApp HTTP API: every customer instance in one searchable list with its\n"
    "connection status, credentials sealed with a key kept in the system keychain\n"
    "(Secret Service), the QR code or phone-number code that links a customer's\n"
    "WhatsApp, and the extension connection code for devices that WhatsApp asks for\n"
    "a passkey. It includes partnerdesk-cli, the same from scripts, and a demo mode\n"
    "with a built-in sandbox Z-API.")
string(JOIN "" CPACK_DEBIAN_PACKAGE_DESCRIPTION ${CPACK_DEBIAN_PACKAGE_DESCRIPTION})
# dpkg-shlibdeps finds the linked libraries. Loaded at run time, so it cannot see them: the
# Secret Service client (QtKeychain opens libsecret itself), Qt's own translations and the
# SQLite driver of Qt SQL (the profile database). The other plugins are in packages of
# linked libraries, which shlibdeps finds: the xcb platform and the compose input method in
# libqt6gui6, the TLS backend in libqt6network6, the SVG image and icon plugins in libqt6svg6.
# scripts/test-package.sh checks that all of these are in Depends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-translations-l10n, libqt6sql6-sqlite")
# A Secret Service for the keychain key (without one the list opens, but nothing that needs a
# secret works: README, "Where things are kept"), the same choice as Debian's QtKeychain, plus
# KeePassXC; and Qt's Wayland platform, without which Qt falls back to X11 (XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland")
