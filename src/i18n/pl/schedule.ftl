# Polish messages for the schedule screens; the same ids are in the other language's file.
