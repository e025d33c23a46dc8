# English messages for the counter screens; the same ids are in the other language's file.
