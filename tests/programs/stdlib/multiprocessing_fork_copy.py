# fork gives the child a copy of the parent's state at start(): changes after start() on
# either side are invisible to the other, and objects keep their identity relations.
import multiprocessing
import threading


class Account:
    instances = 0

    def __init__(self, owner, balance):
        Account.instances += 1
        self.owner = owner
        self.balance = balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


shared_list = [1, 2, 3]
alias = shared_list
accounts = {"ann": Account("ann", 10), "bob": Account("bob", 20)}
nested = {"self": None}
nested["self"] = nested
lock = threading.Lock()
held = threading.Lock()
held.acquire()


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count
    return increment


counter = make_counter()


def child(tag, accounts_arg):
    print("child sees", tag, shared_list, alias is shared_list, accounts, Account.instances)
    print("argument is the module's object:", accounts_arg is accounts)
    print("cycle kept:", nested["self"] is nested)
    print("closure continues:", counter(), counter())
    print("free lock:", lock.acquire(False), "held lock:", held.acquire(False))
    shared_list.append("child")
    accounts["ann"].balance = -1
    print("thread:", threading.current_thread().name, threading.active_count())
    print("child after changes", shared_list, accounts)


if __name__ == "__main__":
    counter()
    p = multiprocessing.Process(target=child, args=("first", accounts))
    p.start()
    shared_list.append("parent")  # after start(): the child never sees it
    p.join()
    print("parent after join", shared_list, accounts, counter())
    print(p.exitcode)
