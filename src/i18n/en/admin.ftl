# English messages for the admin screens; the same ids are in the other language's file.

## Wspólne / common
admin-crumb = Administration
admin-search = Search

## Movies list
admin-movies-title = Movies · Administration
admin-movies = Movies
admin-movies-search = Search titles
admin-movies-show = Show
admin-movies-active = In the repertoire
admin-movies-archived = Archived
admin-movies-add = Add a movie
admin-movies-caption-archived = Archived movies
admin-movies-caption-active = Movies in the repertoire
admin-movies-matching = {" "}matching “{ $q }”
admin-col-title = Title
admin-col-duration = Duration
admin-col-rating = Rating
admin-col-genres = Genres
admin-col-released = Released
admin-minutes = { $n } min
admin-movies-none = No movies here yet.
admin-movies-no-match = No movie matches “{ $q }”.

## Halls list
admin-halls-title = Halls · Administration
admin-halls = Halls
admin-halls-add = Add a hall
admin-halls-caption = Halls: { $n }
admin-col-hall = Hall
admin-col-seats = Seats
admin-col-layout = Layout
admin-col-upcoming = Showings to come
admin-col-blocked = Blocked seats
admin-layout-version = version { $n }
admin-halls-blocked-link = Blocked seats
admin-halls-none = No halls yet.

## Users list
admin-users-title = Users · Administration
admin-users = Users
admin-users-search = Search by name or e-mail
admin-users-add = Create a staff account
admin-users-accounts = Accounts
admin-users-matching = Accounts matching “{ $q }”
admin-users-first = {" "}(the first { $n }; search to narrow)
admin-col-name = Name
admin-col-email = E-mail
admin-col-role = Role
admin-col-status = Status
admin-role = { $role ->
    [customer] customer
    [cashier] cashier
    [admin] admin
   *[other] { $role }
}
admin-user-active = active
admin-user-deactivated = deactivated
admin-users-no-match = No account matches “{ $q }”.

## Field checks shared by the back office's forms

field-required = This field is required.
field-too-long = At most { $most } characters.
field-invisible = { $what ->
    [text] Remove the invisible or control characters from this text.
   *[field] Remove the invisible or control characters from this field.
}
field-not-a-price = “{ $text }” is not a price: write it like 24.50.
field-price-missing = Give a price, like 24.50.
field-price-too-high = At most { $most }.

## Shared by the forms
admin-changed-meanwhile = Changed meanwhile
admin-col-field = Field
admin-col-yours-unsaved = Yours (not saved)
admin-col-saved-now = Saved now
admin-only-version-moved = Your values are the ones saved now; only the version moved on.
admin-apply-mine = Apply my changes over the saved version

## Movie form
admin-movie-new-title = New movie
admin-movie-edit = Edit “{ $title }”
admin-movie-archived-badge = archived
admin-movie-not-saved = The movie was not saved: please correct the fields marked below.
admin-movie-title = Title
admin-movie-original-title = Original title
admin-movie-original-title-hint = if it differs
admin-movie-description = Description
admin-movie-running-time = Running time
admin-movie-minutes-hint = minutes
admin-movie-age-rating = Age rating
admin-movie-genres = Genres
admin-movie-genres-hint = separated by commas, such as “Drama, Comedy”
admin-movie-release-date = Release date
admin-movie-language = Language and subtitles
admin-movie-language-hint = such as “English, Polish subtitles”
admin-movie-duration-minutes = Duration (minutes)
admin-movie-save = Save changes
admin-movie-add = Add the movie
admin-movie-poster = Poster
admin-movie-poster-alt = Poster of { $title }
admin-movie-poster-new = A new poster
admin-movie-poster-first = A poster
admin-movie-poster-hint = a JPEG, PNG or WebP image of at most 5 MB; it is scaled to fit 600 × 900
admin-movie-poster-upload = Upload the poster
admin-movie-poster-remove = Remove the poster
admin-movie-archive = Archive
admin-movie-archive-text = Archiving takes the movie out of the repertoire. Its showings, bookings and history are kept, and it can be restored.
admin-movie-archive-button = Archive “{ $title }”
admin-movie-restore = Restore
admin-movie-restore-text = This movie is archived: the repertoire does not list it.
admin-movie-restore-button = Restore “{ $title }”
admin-movie-delete = Delete
admin-movie-delete-text = Only a movie that was never scheduled can be deleted (one added by mistake). A movie with showings keeps them and their bookings: archive it instead.
admin-movie-delete-button = Delete “{ $title }”
admin-movie-conflict-heading = Someone saved this movie while you were editing it
admin-movie-conflict-text = Your changes were not saved, so that theirs are not lost. Compare them below, then apply yours over the saved version or start again from it.
admin-movie-differences = Fields that differ
admin-movie-discard-mine = Discard mine and edit the saved version
admin-rating-all-ages = All ages
# Genres as typed stay as typed in English; the key picks a known genre's name in other languages.
admin-genre = { $key ->
   *[other] { $typed }
}

## Movie form: checks and answers
admin-movies-bad-status = The status filter is either “active” or “archived”.
admin-movie-duration-range = A film runs between 1 and 600 minutes.
admin-movie-duration-not-number = Enter the running time as a whole number of minutes, such as 118.
admin-movie-rating-choose = Choose one of: All ages, 7+, 12+, 16+, 18+.
admin-movie-genre-too-long = Each genre is at most 40 characters, with no invisible characters.
admin-movie-too-many-genres = At most { $most } genres.
admin-movie-release-range = Enter a release date between 1888 and 2200.
admin-movie-release-format = Enter the date as YYYY-MM-DD, such as 2026-03-14.
admin-movie-no-version = The form did not say which version of the movie it showed, so nothing was saved. Check the fields and save again.
admin-movie-added = “{ $title }” was added.
admin-movie-saved = “{ $title }” was saved.
admin-movie-restored = “{ $title }” is back in the repertoire.
admin-movie-archived = “{ $title }” was archived: the repertoire no longer lists it, and its showings and bookings are kept.
admin-movie-deleted = “{ $title }” was deleted.
admin-movie-has-upcoming = { $count ->
    [one] “{ $title }” still has { $count } showing to come, so it stays in the repertoire. Cancel it first; then it can be archived.
   *[other] “{ $title }” still has { $count } showings to come, so it stays in the repertoire. Cancel them first; then it can be archived.
}
admin-movie-not-archived = “{ $title }” is not archived.
admin-movie-archived-already = “{ $title }” is archived already.
admin-movie-scheduled = { $count ->
    [one] “{ $title }” has { $count } showing in the schedule, so it cannot be deleted: its showings and bookings are the cinema's history. Archive it instead; that takes it out of the repertoire and keeps the history.
   *[other] “{ $title }” has { $count } showings in the schedule, so it cannot be deleted: its showings and bookings are the cinema's history. Archive it instead; that takes it out of the repertoire and keeps the history.
}

## Posters
admin-poster-upload-unreadable = The upload could not be read: { $why }
admin-poster-too-large = The poster is larger than 5 MB: save it smaller and upload it again.
admin-poster-empty = Choose an image file to upload.
admin-poster-not-an-image = That file is not a JPEG, PNG or WebP image (whatever its name says).
admin-poster-unreadable = The image could not be read: { $why }
admin-poster-saved = The poster of “{ $title }” was saved.
admin-poster-removed = The poster of “{ $title }” was removed; pages show a placeholder.
admin-poster-none = This movie has no poster.
