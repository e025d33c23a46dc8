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

## Hall form
admin-hall-new-title = New hall
admin-hall-edit = Edit “{ $name }”
admin-hall-not-saved = The hall was not saved: please correct the fields marked below.
admin-hall-name = Name
admin-hall-plan = Seat plan
admin-hall-help-rows = One line per row, the row nearest the screen first.
admin-hall-help-standard = standard seat
admin-hall-help-vip = VIP
admin-hall-help-wheelchair = wheelchair space
admin-hall-help-companion = companion seat
admin-hall-help-gap = gap or aisle
admin-hall-help-cross = an empty line is a cross aisle.
admin-hall-help-labels = Rows are labelled A, B, C… from the screen; start a line with its own label, such as
admin-hall-help-skip = , to skip one.
admin-hall-numbers = Seat numbers
admin-hall-from-left = Seat 1 at the left end of each row
admin-hall-from-right = Seat 1 at the right end of each row
admin-hall-move-unsold = Use a changed plan for future showings with nothing sold or held
admin-hall-move-help = Showings with a seat sold or held always keep the plan their customers chose from (now version { $number }), and past showings keep theirs. New showings always get the saved plan.
admin-hall-save = Save the hall
admin-hall-add = Add the hall
admin-hall-preview-button = Preview the plan
admin-hall-preview = Preview
admin-hall-blocked = Blocked seats
admin-hall-blocked-intro = Keep seats of this hall from sale (broken, camera, house seats):
admin-hall-blocked-of = blocked seats of { $name }
admin-hall-conflict-title = Conflict: { $name }
admin-hall-conflict-heading = Someone else saved “{ $name }” first
admin-hall-conflict-text = Your changes were not saved: the hall was changed after you opened the form. Compare, then apply yours over the saved version or leave it as it is.
admin-hall-conflict-caption = Your values beside the saved ones
admin-col-yours = Yours
admin-col-saved = Saved
admin-hall-numbered-from-left = from the left
admin-hall-numbered-from-right = from the right
admin-hall-keep-saved = Keep the saved version
admin-hall-preview-title = Layout preview
admin-hall-preview-back = Go back to the form to change the plan or save it.
admin-plan-screen = Screen
admin-plan-not-yet = The plan cannot be drawn yet:
admin-plan-summary = { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
} in { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}: { $kinds }.
admin-plan-standard = { $count } standard
admin-plan-vip = { $count } VIP
admin-plan-wheelchair = { $count ->
    [one] { $count } wheelchair space
   *[other] { $count } wheelchair spaces
}
admin-plan-companion = { $count ->
    [one] { $count } companion seat
   *[other] { $count } companion seats
}

## Hall form: checks and answers
admin-hall-numbering-choose = Choose whether seat 1 is at the left or the right end of each row.
admin-hall-name-taken = Another hall is called “{ $name }”: give this one its own name.
admin-hall-no-version = The form did not say which version of the hall it showed, so nothing was saved. Check the fields and save again.
admin-hall-added = “{ $name }” was added. Showings scheduled in it now use this plan.
admin-hall-saved-unchanged = “{ $name }” was saved; its seat plan is unchanged.
admin-hall-saved-version = “{ $name }” was saved with seat plan version { $number }.
admin-hall-moved = { $count ->
    [one] { $count } future showing now uses it.
   *[other] { $count } future showings now use it.
}
admin-hall-kept = { $count ->
    [one] { $count } future showing keeps an earlier plan.
   *[other] { $count } future showings keep an earlier plan.
}

## Seat plans as typed: the mistakes
admin-layout-line-column = Line { $line }, column { $column }: { $message }
admin-layout-line = Line { $line }: { $message }
admin-layout-more = { $count ->
    [one] { $first } ({ $count } more mistake listed under the preview.)
   *[other] { $first } ({ $count } more mistakes listed under the preview.)
}
admin-layout-empty = Draw the hall first: one line per row, nearest the screen first, with S for each seat and . for a gap.
admin-layout-too-many-lines = a hall has at most { $most } lines.
admin-layout-not-a-seat = “{ $cell }” is not a seat. Use S (standard), V (VIP), W (wheelchair), C (companion) or . (gap).
admin-layout-too-wide = a row is at most { $most } places wide.
admin-layout-row-empty = row { $label } has no seats.
admin-layout-bad-label = a row label before the colon is one to three letters, like “J:”.
admin-layout-row-repeated = row { $label } is already on line { $line }; give this row another label, like “K: SSSS”.
admin-layout-no-seats = A hall needs at least one seat: write S where a seat is.
admin-layout-too-long = A plan is at most { $most } characters: 100 rows of 100 places.

## Blocked seats
admin-blocked-title = Blocked seats: { $name }
admin-blocked-form = Block or unblock seats
admin-blocked-not-changed = Nothing was changed: please correct the fields marked below.
admin-blocked-seats = Seats
admin-blocked-seats-hint = such as F12 F13, or F12-15
admin-blocked-reason = Reason
admin-blocked-for = For
admin-blocked-every-showing-from-now = Every showing of this hall from now on
admin-blocked-hint = A held or sold seat stays its customer's; the block covers it in the showings where it is free.
admin-blocked-block = Block these seats
admin-blocked-unblock = Unblock these seats
admin-blocked-plan = Plan, with the seats blocked for every showing
admin-blocked-caption = Blocks in force: { $count }
admin-col-seat = Seat
admin-col-for = For
admin-col-reason = Reason
admin-col-by = By
admin-col-since = Since
admin-blocked-none = No seat of this hall is blocked.
admin-blocked-every-showing = Every showing
admin-blocked-showing = showing { $id }
admin-block-reason = { $reason ->
    [broken] broken seat
    [camera] camera position
    [house] house seat
   *[other] other reason
}
admin-blocked-choose-action = Choose whether to block or unblock the seats.
admin-blocked-choose-reason = Choose why the seats are blocked.
admin-blocked-bad-showing = That is not a showing of this hall still to come: choose one from the list, or every showing.
admin-blocked-no-such-seat = This hall has no seat { $seats }. Check the plan above for the seats' labels.
admin-blocked-done = { $seats }: { $action ->
    [block] blocked
   *[unblock] unblocked
} { $scope ->
    [one] for that showing
   *[every] for every showing of the hall from now on
}.
admin-blocked-left-item = { $count ->
    [one] { $seat } ({ $count } showing)
   *[other] { $seat } ({ $count } showings)
}
admin-blocked-left-to-customers = Left to their customers where held or sold, or blocked already: { $seats }.
admin-blocked-still-blocked = Still blocked by another block: { $seats }.

## Seats as staff type them

## Ticket types and prices
admin-types-title = Ticket types and prices
admin-types-intro = A ticket costs its share of the showing’s base price, or a fixed price when one is set; VIP seats cost the surcharge more, wheelchair spaces and companion seats never more than a standard seat. A change applies to seats held from now on: seats already held or sold keep their price.
admin-type-default = default
admin-type-off-sale = off sale
admin-type-not-saved = Not saved: please correct the fields marked below.
admin-type-name = Name
admin-type-share = Share of the base price
admin-type-share-hint = percent
admin-type-price = Or a fixed price
admin-type-price-hint = leave empty to use the share
admin-type-max-age = Up to age
admin-type-max-age-hint = empty for anyone
admin-type-order = Position in lists
admin-type-on-sale = On sale
admin-type-save = Save { $name }
admin-type-new = A new ticket type
admin-type-not-added = The type was not added: please correct the fields marked below.
admin-type-code = Code
admin-type-code-hint = letters, digits, hyphens
admin-type-add = Add the ticket type
admin-surcharges = Seat surcharges
admin-surcharge-vip = VIP seat
admin-surcharge-vip-hint = added to every ticket type
admin-surcharge-never = Wheelchair spaces and companion seats are never surcharged.
admin-surcharge-save = Save the surcharge
admin-type-example = { $price } for a { $base } showing ({ $vip } on a VIP seat)
admin-type-percent-of-base = { $percent }% of the base price

## Ticket types: checks and answers
admin-type-share-range = Give the share of the base price, from 0 to 100 (percent), or a fixed price.
admin-type-order-range = A position from 0 to 1000.
admin-type-age-range = An age from 0 to 120, or nothing for anyone.
admin-type-code-form = A short code of letters, digits and hyphens, such as “family”.
admin-type-code-taken = Another ticket type has the code “{ $code }”.
admin-type-added = “{ $name }” tickets were added.
admin-type-no-version = The form did not say which version it showed, so nothing was saved. Check the fields and save again.
admin-type-saved = “{ $name }” was saved. Seats held or sold before keep the price they had.
admin-type-stale = Someone saved this type after you opened the page (now “{ $name }”, { $price }), so yours was not saved. Your values are below: save again to apply them over theirs.
admin-type-default-on-sale = “{ $name }” is the type every new hold starts with, so it stays on sale.
admin-surcharge-no-version = The form did not say which version of the settings it showed. Save again.
admin-surcharge-stale = Someone changed the business settings after you opened the page; the saved surcharge is shown on reload. Save again to apply yours.
admin-surcharge-saved = VIP seats now cost { $amount } more. Seats held or sold before keep their price.

## Accounts: a new staff account and an account's page
admin-user-new-title = New staff account
admin-user-new-text = The account gets a one-time password, shown to you once on the next page. Its owner logs in with it and chooses their own.
admin-user-name = Name
admin-user-email = E-mail
admin-user-role = Role
admin-user-create = Create the account
admin-user-status = Status
admin-user-registered = Registered
admin-user-cannot-log-in = deactivated: cannot log in
admin-user-access = Role and access
admin-user-own = This is your own account: another administrator can change its role or deactivate it.
admin-user-change-role = Change the role
admin-user-reissue-text = A new one-time password replaces the account's password and ends its sessions; its owner then chooses their own.
admin-user-reissue = Issue a new one-time password
admin-user-deactivate-text = Deactivating ends every session of this account at once; its bookings are kept.
admin-user-deactivate = Deactivate { $name }
admin-user-reactivate = Reactivate { $name }
admin-user-bookings = Bookings
admin-col-when = When
admin-col-total = Total
admin-user-no-bookings = No bookings.

## Accounts: checks and answers
admin-user-choose-role = Choose a role: customer, cashier or admin.
admin-user-bad-version = The form's version is not a number.
admin-user-role-now = The account is now { $role ->
    [customer] a customer
    [cashier] a cashier
   *[admin] an administrator
}; it applies from its next request.
admin-user-activated = The account is active again: its owner can log in.
admin-user-deactivated-flash = The account is deactivated: it cannot log in, and every session of it has ended.
admin-user-one-time = The account's one-time password is { $password } — hand it over now: it is not shown again, it works for { $hours } hours, and it only lets its owner choose their own password.
admin-user-created = The account was created.
admin-user-email-taken = An account with this e-mail exists already.
admin-user-last-admin = This is the last active administrator: make another account an administrator first, so that someone can still run the cinema.
admin-user-role-already = { $name } is already { $role ->
    [customer] a customer
    [cashier] a cashier
   *[admin] an administrator
}.
admin-user-own-role = You cannot change your own role: ask another administrator.
admin-user-changed-meanwhile = { $name } was changed by someone else meanwhile; here is the account as it is now.
admin-user-own-deactivate = You cannot deactivate your own account: ask another administrator.
admin-user-active-already = { $name } is active already.
admin-user-deactivated-already = { $name } is deactivated already.
admin-user-own-password = Change your own password on your account page.

## Settings
admin-settings-title = Settings
admin-settings-bad-zone = The stored time zone “{ $zone }” is not one the tz database knows, so times are shown in UTC. Enter a valid one below.
admin-settings-conflict = Someone saved the settings while you were editing them. Your changes were not saved; compare them below. Saving this form again applies yours over theirs.
admin-settings-differences = Settings that differ
admin-col-setting = Setting
admin-settings-not-saved = The settings were not saved: please correct the fields marked below.
admin-settings-cinema = The cinema
admin-settings-name = Name
admin-settings-cinema-name = Cinema name
admin-settings-address = Address
admin-settings-address-hint = on tickets and in their calendar events, such as ul. Marszałkowska 104/122, 00-017 Warszawa
admin-settings-zone = Time zone
admin-settings-zone-hint = tz database name, such as Europe/Warsaw
admin-settings-currency = Currency
admin-settings-currency-hint = ISO 4217 code, such as PLN
admin-settings-limits = Bookings and limits
admin-settings-save = Save the settings
admin-settings-hold = How long a seat hold lasts (minutes)
admin-settings-max-seats = Most seats in one booking
admin-settings-cutoff = Online cancellation closes this many minutes before the start
admin-settings-cleaning = Cleaning time between showings in a hall (minutes)
admin-settings-baskets = Showings one customer may hold seats in at once
admin-settings-per-account = Holds one account may make a minute
admin-settings-per-address = Holds one client address may make a minute
admin-settings-customer-idle = A customer's unused session ends after (minutes)
admin-settings-staff-idle = A staff member's unused session ends after (minutes)

## Settings: checks and answers
admin-settings-name-needed = Give the cinema's name, at most 100 characters.
admin-settings-invisible = Remove the invisible or control characters.
admin-settings-address-too-long = Give the address on one line, at most 200 characters.
admin-settings-address-invisible = Give the address on one line, without invisible or control characters.
admin-settings-zone-unknown = Enter a time zone of the tz database, such as Europe/Warsaw or America/New_York.
admin-settings-currency-code = Enter the ISO 4217 code of the currency, such as PLN or EUR.
admin-settings-whole-number = Enter a whole number from { $least } to { $most }.
admin-settings-no-version = The form did not say which version of the settings it showed. Open the settings again and save from there.
admin-settings-saved = The settings were saved; they apply from now on.
