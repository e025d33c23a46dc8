# English messages for the counter screens; the same ids are in the other language's file.

## Shared by the counter screens

counter-nav-label = Counter
counter-nav-showings = Showings
counter-nav-reservations = Reservations
counter-nav-door = Door
counter-nav-shift = Shift
counter-col-time = Time
counter-col-hall = Hall
counter-no-showings-today = No showings today.

## The door

door-title = Door
door-code-label = Scan or type the ticket's code
door-check = Check
door-seats = Seats { $seats }
door-caption = Today: admitted of sold
door-col-admitted = Admitted
door-col-this-door = This door
door-any-showing = Any showing
door-only-this = Only this one

## The staff home

staff-sections-label = Back office
staff-today-caption = Today's showings
staff-col-sold = Sold
door-valid = Valid: welcome. Ticket { $code }
door-admitted-at = Already admitted at { $time }
door-admitted-at-by = Already admitted at { $time } by { $by }
door-wrong-showing = Wrong showing or day. { $why }
door-why-other-showing = This ticket is for another showing than this door's.
door-why-too-early = Too early: this ticket admits from an hour before its showing starts.
door-why-ended = This showing has ended.
door-cancelled = Cancelled: this ticket is not valid
door-unpaid = Not paid: send the customer to the counter
door-unknown = Unknown code
door-unknown-detail = No ticket has the code “{ $code }”. Check it and scan again.

## Amounts of money typed at the counter

counter-amount-missing = Enter { $what ->
    [counted] the cash counted
   *[float] the cash float
}, like 200 or 150.50.
counter-amount-not-money = “{ $text }” is not an amount of money; type it like 200 or 150.50.
counter-amount-too-much = { $text } is more than a cash drawer holds; check the amount.
counter-cash-not-money = “{ $text }” is not an amount of money; type it like 50 or 42.50.
counter-cash-too-little = Too little cash: { $cash } is less than the total, so nothing was taken.
counter-cash-too-much = That is far more than the total; check the amount.
counter-cash-refused = { $reason } The total is { $total }.

## The shift

counter-shift-title = Shift
counter-shift-heading = Your shift
counter-shift-opened = Opened
counter-shift-closed = Closed
counter-shift-float = Cash float
counter-shift-cash-sales = Cash sales
counter-shift-cash-refunds = Cash refunds
counter-shift-expected = Expected cash
counter-shift-counted = Counted cash
counter-shift-difference = Difference
counter-shift-card-sales = Card sales
counter-shift-card-refunds = Card refunds
counter-shift-counts = Sales · refunds · declined cards
counter-shift-open-title = Open shift
counter-shift-counted-label = Cash counted in the drawer
counter-shift-close = Close the shift
counter-shift-open-form-title = Open a shift
counter-shift-float-label = Cash float in the drawer
counter-shift-open = Open the shift
counter-shift-summary = End-of-shift summary
counter-print = Print
counter-shift-opened-flash = Shift opened with a float of { $float }.
counter-shift-closed-flash = Shift closed. The summary is below, ready to print.
