# English messages for the schedule screens; the same ids are in the other language's file.

## Schedule screens

schedule-admin = Administration
schedule-title = Schedule
schedule-new-title = Schedule a showing
schedule-new-on = Schedule a showing on { $day }
schedule-bulk-title = Schedule many showings
schedule-bulk-link = Schedule many at once
schedule-bulk-explain = One film in one hall at the same times every day of a range, up to { $count } showings. If any of them would overlap a showing already in the hall, nothing is scheduled and the clashes are listed.
schedule-bulk-not-scheduled = Nothing was scheduled: please correct the fields marked below.
schedule-bulk-button = Schedule them all
schedule-days = Days
schedule-from = From
schedule-to = To
schedule-included = (included)
schedule-times = Times each day
schedule-times-hint = (local, such as 14:00, 18:30)
schedule-price-hint = (such as 24.50)
schedule-hall = Hall
schedule-every-hall = Every hall
schedule-week = Week
schedule-weeks = Weeks
schedule-show = Show
schedule-week-view = Week view
schedule-list-view = List view
schedule-previous-week = Previous week
schedule-next-week = Next week
schedule-week-count = Showings of the week: { $count }
schedule-col-sold = Sold
schedule-cancelled-badge = cancelled
schedule-nothing = Nothing is scheduled this week.
schedule-block-sold = { $sold }/{ $count } sold
schedule-no-showings = No showings
schedule-film = Film
schedule-choose-film = Choose a film
schedule-choose-hall = Choose a hall
schedule-minutes = { $count } min
schedule-not-scheduled = The showing was not scheduled: please correct the fields marked below.
schedule-not-saved = The showing was not saved: please correct the fields marked below.
schedule-starts = Starts
schedule-local-time = (local time)
schedule-base-price = Base price
schedule-base-price-hint = (an adult ticket, such as 24.50)
schedule-format = Format
schedule-create = Schedule the showing
schedule-save = Save the showing
schedule-sold-of = { $sold } of { $count } seats sold
schedule-held = { $count } held
schedule-seat-map-link = the customers’ seat map
schedule-cancelled-because = Cancelled: { $reason }
schedule-started-note = This showing has started; it can no longer be changed.
schedule-sold-note = Seats of this showing are held or sold, so its time and price stay as their customers chose them. If it cannot go ahead, cancel it below: every booking is refunded.
schedule-cancel-title = Cancel this showing
schedule-cancel-explain = Every booking is cancelled and refunded to how it was paid, holds are released, and the customers see the reason on their bookings.
schedule-reason = Reason
schedule-reason-hint = (the customers see it)
schedule-cancel-button = Cancel the showing and refund everyone
schedule-clashes-intro = These times overlap showings already in the hall (counting the cleaning break):
schedule-clash-line = overlaps “{ $title }”, { $when }
schedule-conflict-title = Conflict: { $title }
schedule-conflict-heading = Someone else saved this showing first
schedule-conflict-alert = Your changes were not saved: the showing of “{ $title }” was changed after you opened the form. Compare, then apply yours over the saved version or leave it as it is.
schedule-conflict-caption = Your values beside the saved ones
schedule-col-field = Field
schedule-col-yours = Yours
schedule-col-saved = Saved
schedule-apply-mine = Apply my changes over the saved version
schedule-keep-saved = Keep the saved version

## Schedule messages

schedule-no-version = The form did not say which version of the showing it showed, so nothing was saved. Check the fields and save again.
schedule-start-past = That time has gone by: a showing is scheduled ahead.
schedule-overlaps = This time overlaps another showing in the hall, counting the cleaning break: see below.
schedule-saved = The showing was saved.
schedule-reason-needed = Say why the showing is cancelled: the customers see it.
schedule-cancelled-flash = The showing of “{ $title }” on { $when } was cancelled. { $count ->
    [one] { $count } booking was cancelled
   *[other] { $count } bookings were cancelled
}; { $refunds } refunded ({ $amount }): card payments go back to the cards they were paid with, cash is paid back at the counter.
schedule-scheduled-flash = The showing was scheduled for { $when }.
schedule-bulk-flash = { $count ->
    [one] { $count } showing was scheduled.
   *[other] { $count } showings were scheduled.
}
schedule-bulk-clashes = Nothing was scheduled: some of these times overlap other showings in the hall, counting the cleaning break. They are listed below.
schedule-format-invalid = “{ $text }” is not a format: choose 2D, 3D or IMAX.
schedule-week-invalid = “{ $text }” is not a week: write it like 2026-W49.
schedule-view-invalid = The view is either “week” or “list”.
schedule-hall-filter-invalid = The hall filter names no hall.
schedule-choose-film-error = Choose a film from the repertoire.
schedule-choose-hall-error = Choose a hall.
schedule-start-needed = Give the date and time the showing starts.
schedule-start-invalid = “{ $text }” is not a date and time: write it like 2026-12-24T18:30.
schedule-year-invalid = { $text } is not a year the cinema schedules: check the date.
schedule-time-skipped = { $time } does not exist in { $zone }: the clocks skip it. Choose another time.
schedule-date-invalid = Give a date, like 2026-12-24.
schedule-time-invalid = “{ $text }” is not a time of day: write times like 14:00, 18:30.
schedule-times-needed = Give at least one time of day, like 18:30.
schedule-to-before-from = The last day comes before the first.
schedule-bulk-too-many = That is more than { $count } showings: schedule a shorter range at a time.
schedule-bulk-past = { $when } has gone by: start the range later.
schedule-no-such-movie = There is no such movie.
schedule-film-archived = “{ $title }” is archived: restore it before scheduling it.
schedule-no-such-hall = There is no such hall.
schedule-start-past-utc = A showing cannot start in the past ({ $time } UTC has gone by).
schedule-cancelled-unchangeable = This showing is cancelled; it cannot be changed.
schedule-started-unchangeable = A showing that has started, or a start in the past, cannot be scheduled.
schedule-sold-unchangeable = Seats of this showing are held or sold, so its time and price stay as their customers chose them. Cancel it instead if it cannot go ahead.
schedule-cancelled-already = This showing is cancelled already.
schedule-ended = This showing has ended; there is nothing left to cancel.

## Audit log

audit-title = Audit log
audit-filter-label = Filter the audit log
audit-who = Who
audit-anyone = Anyone
audit-what = What
audit-everything = Everything
audit-filter = Filter
audit-latest = The latest changes
audit-older-changes = Older changes
audit-filtered = , filtered
audit-change = Change
audit-none = No changes match.
audit-pages = Pages
audit-newest = Newest
audit-older = Older
audit-filter-movie = Movies
audit-filter-hall = Halls and blocked seats
audit-filter-showing = Showings
audit-filter-ticket-type = Ticket types
audit-filter-user = Users
audit-filter-settings = Settings
audit-filter-booking = Bookings
audit-entity = { $entity ->
    [ticket_type] ticket type { $id }
   *[other] { $entity } { $id }
}
audit-action = { $action }
audit-field = { $key }
audit-yes-no = { $value }
audit-no-value = none
audit-and-more = and { $count } more
audit-no-field-changed = no field changed
audit-filter-bad = The audit filter has a bad { $what ->
    [actor] actor
    [entity] kind of record
    [date] date (write it like 2026-12-24)
   *[other] page
}.
audit-no-page = That page of the audit log does not exist.

## Reports

reports-title = Reports
reports-days = Days of the reports
reports-first-day = First day
reports-last-day = Last day
reports-show = Show the reports
reports-not-reported = These days cannot be reported: please correct the fields marked above.
reports-col-tickets = Tickets
reports-col-sold = Sold
reports-col-refunded-tickets = Refunded tickets
reports-col-refunded = Refunded
reports-col-net = Net
reports-col-showing = Showing
reports-col-movie = Movie
reports-col-hall = Hall
reports-col-occupancy = Occupancy
reports-col-day = Day
reports-col-channel = Channel
reports-col-ticket-type = Ticket type
reports-col-showings = Showings
reports-col-seats-sold = Seats sold
reports-col-seats = Seats
reports-col-till = Till
reports-col-card = Card
reports-col-cash = Cash
reports-nothing-sold = Nothing sold or refunded on these days.
reports-no-showings = No showings on these days.
reports-period = Business days { $from } to { $to }, both included; money in { $currency }. Sales count on the day they were paid, refunds on the day they were given back.
reports-total = Total
reports-sales-title = Sales per day
reports-sales-download = Download sales (CSV: one row per day, channel and ticket type)
reports-daily-figures = The figures of each day
reports-daily-caption = Sales per business day
reports-channels-title = Revenue per channel
reports-channels-caption = Sales per channel
reports-types-title = Revenue per ticket type
reports-types-caption = Sales per ticket type
reports-movies-title = Top movies
reports-movies-download = Download every movie (CSV, { $count ->
    [one] { $count } movie
   *[other] { $count } movies
})
reports-no-movie-sold = No movie sold a ticket on these days.
reports-movies-caption = The best-selling movies by net revenue
reports-occupancy-title = Occupancy
reports-occupancy-explain = Seats sold (less refunds) of the seats of each showing that starts on these days ({ $count ->
    [one] { $count } showing
   *[other] { $count } showings
}, cancelled ones left out).
reports-occupancy-download = Download every showing (CSV)
reports-halls-caption = Occupancy per hall
reports-fullest = The fullest showings
reports-emptiest = The emptiest showings
reports-refunds-title = Cancellations and refunds
reports-refunds-download = Download refunds (CSV: one row per day and channel)
reports-refunds-caption = Days with refunds
reports-cashiers-title = Per cashier
reports-cashiers-download = Download per cashier (CSV)
reports-cashiers-caption = Sales per till: the web, and each cashier at the counter

## Report charts

reports-channel-web = Web
reports-channel-counter = Counter
reports-till-web = Web (customers online)
reports-till-cashier = Cashier { $id }
reports-chart-daily = Net revenue per day
reports-chart-daily-desc = Money taken less money refunded on each business day, in { $currency }; the table below has each day's figures.
reports-chart-refunds = Refunds per day
reports-chart-refunds-desc = Money refunded for cancelled tickets on each business day, in { $currency }.
reports-chart-channels = Net revenue per channel
reports-chart-types = Net revenue per ticket type
reports-chart-movies = Top movies by net revenue
reports-chart-halls = Occupancy per hall
reports-chart-halls-desc = Seats sold as a share of the seats of every showing in each hall; the table below has the counts.
reports-chart-tills = Net revenue per till
reports-chart-desc = Money taken less money refunded, in { $currency }; the table beside has the figures.
reports-axis-day = Business day
reports-axis-net = Net revenue ({ $currency })
reports-axis-refunded = Refunded ({ $currency })
reports-axis-occupancy = Seats sold (percent of seats)

## Report messages

reports-date-invalid = Enter a date like 2026-11-30.
reports-to-before-from = The last day comes before the first: swap them.
reports-too-long = A report covers at most two years: choose a later first day.
reports-no-such-report = There is no report of that name.
reports-range-wrong = The report's range is wrong: { $reason }

## Report CSV headers (English: the columns' names as programs read them)

reports-csv-date = date
reports-csv-channel = channel
reports-csv-ticket-type = ticket_type
reports-csv-tickets = tickets
reports-csv-sold = sold
reports-csv-refunded-tickets = refunded_tickets
reports-csv-refunded = refunded
reports-csv-net = net
reports-csv-currency = currency
reports-csv-showing-id = showing_id
reports-csv-starts-at = starts_at
reports-csv-movie = movie
reports-csv-hall = hall
reports-csv-sold-seats = sold_seats
reports-csv-seats = seats
reports-csv-occupancy = occupancy_percent
reports-csv-rank = rank
reports-csv-till = till
reports-csv-cashier-id = cashier_id
reports-csv-card = card
reports-csv-cash = cash
