from concurrent.futures import ThreadPoolExecutor

def task(n):

    return n * n

with ThreadPoolExecutor() as executor:

    results = list(executor.map(task, range(10)))
