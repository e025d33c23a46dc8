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
