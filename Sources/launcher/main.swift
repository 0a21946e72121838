print("pmaprun placeholder")
