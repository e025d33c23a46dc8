# English messages for the admin screens; the same ids are in the other language's file.
