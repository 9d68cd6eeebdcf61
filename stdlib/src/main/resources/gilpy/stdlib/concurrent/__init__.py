"""The concurrent package (written for gilpy): holds concurrent.futures."""
