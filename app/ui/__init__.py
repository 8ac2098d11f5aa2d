"""The Qt desktop client. Views hold layout; the work is done by app/services.

The framework every tab builds on:

- `app.ui.worker.DbWorker` — ONE database thread. `ui.worker.run(fn, *args, on_done=...,
  on_error=..., owner=None, **kwargs)` runs `fn` off the GUI thread; `on_done(result)` or
  `on_error(sentence, exc)` runs on the GUI thread (not at all once `owner`, by default the
  QObject of a bound callback, is deleted). The sentence is a ServiceError's message as is, or
  "De database is niet bereikbaar. …" for a lost connection — never a traceback. Signals:
  `busy_changed(bool)`, `connection_changed(bool)`, `error_reported(str)`, `task_finished()`.
- `app.ui.context.UiContext` — handed to every tab: `ui.app` (the services' AppContext with
  db, clock and the logged-in actor), `ui.worker`, `ui.prefs` (workstation QSettings, declared
  once in `PREFS`), `ui.outbox`, `ui.events` (`outbox_changed`, `outbox_refused`,
  `status_message`, `case_changed`, `logout_requested`), `ui.demo`, `ui.display_name`.
- `app.ui.tabs.TABS` — the tab registry: `TabSpec(key, title, roles, factory, order)`, with
  `factory(ui, parent) -> QWidget` (`lazy("module", "Class")` imports on first use). A tab may
  define `tab_shown()`, `can_close() -> bool` and `shutdown()`.
- `app.ui.main_window.MainWindow` — the role's tabs, menu (language, saved outcomes, lock, log
  out, about) and status bar (calling window, outbox, database state, user).
- `app.ui.screenshots` — `@shot("NN-name")` registers a view for `vroegbel screenshots`; a
  `ShotEnv` gives `main_window(role, tab=...)`, `ui_for(role)`, `settle()`, a FixedClock and
  a demo database.
- `app.ui.labels` — Dutch display texts for outcomes, help types, creditors, slots, money,
  phone numbers and moments; `app.ui.i18n.install(app, "nl"|"en")` loads the translations.
"""
