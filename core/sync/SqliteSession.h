#pragma once
// SQLite's session extension (changesets, change groups, rebasers) and the pre-update hook it needs are compiled
// into the system library but hidden in sqlite3.h unless these are defined before it is first included.
#ifndef SQLITE_ENABLE_SESSION
#    define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#    define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

#if !defined(SQLITE_CHANGESET_DATA)
#    error "sqlite3.h was included before core/sync/SqliteSession.h: the session API is hidden"
#endif
