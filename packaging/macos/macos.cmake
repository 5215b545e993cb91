# macOS: partnerdesk-<version>-macos-<arch>.dmg, made by CPack's DragNDrop generator: the
# window shows "Partner Desk.app" and a link to Applications to drag it onto.
# packaging/README.md says how to build it and what was verified.
#
# The bundle (app/desktop/CMakeLists.txt) has its Info.plist (Info.plist.in here: identifier,
# the project's version) and icon (partnerdesk.icns), and the CLI inside it
# (app/cli/CMakeLists.txt): Partner Desk.app/Contents/MacOS/partnerdesk-cli.
#
# Qt's deployment (macdeployqt, through qt_deploy_runtime_dependencies) copies into the bundle
# the Qt frameworks and plug-ins and every other library the app and the CLI load (QtKeychain,
# libsodium, libphonenumber and what it is built on, ICU), and points both executables at
# those copies. qt_generate_deploy_app_script() would deploy only the app's own executable;
# the CLI needs macdeployqt's -executable, which qt_deploy_runtime_dependencies passes for
# ADDITIONAL_EXECUTABLES, as Qt's documentation of QT_DEPLOY_SUPPORT shows for a helper
# program. Qt 6.3 and later.
set(partnerdesk_bundle "$<TARGET_FILE_NAME:partnerdesk>.app")
set(partnerdesk_deploy_script "${CMAKE_CURRENT_BINARY_DIR}/macos/deploy-partnerdesk-$<CONFIG>.cmake")
file(GENERATE OUTPUT "${partnerdesk_deploy_script}" CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${partnerdesk_bundle}\"
    ADDITIONAL_EXECUTABLES \"${partnerdesk_bundle}/Contents/MacOS/$<TARGET_FILE_NAME:partnerdesk-cli>\"
)
")
install(SCRIPT "${partnerdesk_deploy_script}")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "partnerdesk-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DMG_VOLUME_NAME "Partner Desk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# No license window when the DMG opens: it needs hdiutil udifrez, which macOS deprecated, and
# the MIT License asks for no agreement.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
# Sign the staged bundle before it goes into the DMG: with the identity in
# PARTNERDESK_CODESIGN_IDENTITY when cpack runs, ad hoc otherwise (sign.cmake says why).
# Notarizing and stapling the DMG come after cpack, in the release workflow.
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/sign.cmake)
