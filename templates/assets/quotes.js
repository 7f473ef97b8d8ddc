// Quotation markers: list the other printings of a shared quotation.
