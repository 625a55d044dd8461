// Empty: the bench waits for a service worker to learn the extension's origin.
