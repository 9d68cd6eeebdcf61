"""An inventory report: classes, properties, sorting, formatting, errors."""


class OutOfStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(f"only {item.quantity} {item.name} left, wanted {wanted}")
        self.item = item


class Item:
    tax_rate = 0.2

    def __init__(self, name, price, quantity=0):
        self.name = name
        self.price = price
        self.quantity = quantity

    @property
    def value(self):
        return round(self.price * self.quantity, 2)

    @property
    def gross_price(self):
        return round(self.price * (1 + self.tax_rate), 2)

    def take(self, n):
        if n > self.quantity:
            raise OutOfStock(self, n)
        self.quantity -= n
        return self

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.quantity})"

    def __lt__(self, other):
        return self.value < other.value


class Perishable(Item):
    tax_rate = 0.1

    def __init__(self, name, price, quantity, days):
        super().__init__(name, price, quantity)
        self.days = days

    def __repr__(self):
        return super().__repr__()[:-1] + f", days={self.days})"


stock = [
    Item("hammer", 12.5, 10),
    Item("nails", 0.05, 2000),
    Perishable("milk", 1.19, 30, 5),
    Perishable("bread", 2.49, 12, 2),
    Item("saw", 24.0, 3),
]

print(f"{'name':<8}{'qty':>6}{'price':>8}{'gross':>8}{'value':>9}")
print("-" * 39)
for item in sorted(stock, key=lambda i: (-i.value, i.name)):
    print(f"{item.name:<8}{item.quantity:>6}{item.price:>8.2f}{item.gross_price:>8.2f}{item.value:>9,.2f}")
print("-" * 39)
total = sum(i.value for i in stock)
print(f"{'total':<30}{total:>9,.2f}")

by_type = {}
for item in stock:
    by_type.setdefault(type(item).__name__, []).append(item.name)
print(by_type)
print(max(stock), min(stock, key=lambda i: i.price))
print([repr(i) for i in stock if isinstance(i, Perishable)])

orders = [("hammer", 3), ("saw", 5), ("milk", 30), ("glue", 1)]
index = {item.name: item for item in stock}
for name, n in orders:
    try:
        index[name].take(n)
        print(f"took {n} {name}")
    except OutOfStock as e:
        print("cannot:", e, "| item:", e.item.name)
    except KeyError as e:
        print("unknown item", e)
print({name: item.quantity for name, item in index.items() if item.quantity < 10})
empty = [i.name for i in stock if not i.quantity]
print("empty:", ", ".join(empty) or "none")
