import multiprocessing
import time
def print_numbers():
    for i in range(1, 6):
        time.sleep(1)
        print(f"Number: {i}")
def print_letters():
    for letter in 'abcde':
        time.sleep(1.5)
        print(f"Letter: {letter}")
# Create processes
process1 = multiprocessing.Process(target=print_numbers)
process2 = multiprocessing.Process(target=print_letters)
# Start processes
process1.start()
process2.start()
# Wait for both processes to complete
process1.join()
process2.join()
print("Done!")
